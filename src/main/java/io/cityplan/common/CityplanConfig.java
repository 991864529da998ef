package io.cityplan.common;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** cityplan's own settings, under the {@code cityplan.} prefix. */
@ConfigMapping(prefix = "cityplan")
public interface CityplanConfig {

    String DEFAULT_EMBEDDED_DIR = "${java.io.tmpdir}/cityplan-${user.name}";
    String DEFAULT_RUN_AS = "nobody";
    String DEFAULT_ENABLED = "true";
    String DEFAULT_PORT = "0";

    /** The PostgreSQL that starts when no datasource URL is configured. */
    EmbeddedPostgres embeddedPostgres();

    /** What one GraphQL request may cost. */
    Limits limits();

    /** How responses are served over HTTP. */
    Http http();

    /** How many requests one client may send. */
    RateLimit rateLimit();

    /** How queries run. */
    Execution execution();

    /** Which queries may be sent by hash, and whether only listed ones run ({@link PersistedQueries}). */
    PersistedQueriesSettings persistedQueries();

    interface PersistedQueriesSettings {

        /**
         * Whether only the operations of the manifest run: for a production deployment whose clients are known,
         * every other query, sent by hash or in full, is refused with PERSISTED_QUERY_NOT_IN_LIST.
         */
        @WithDefault("false")
        boolean allowList();

        /**
         * A persisted query manifest (JSON, as Apollo's generate-persisted-query-manifest writes it): the operations
         * that run by hash from the start, and, with the allow-list, the only ones that run.
         */
        Optional<Path> manifest();
    }

    interface Execution {

        /**
         * Whether a query whose every field PostgreSQL can read runs as one SQL statement that builds its JSON
         * ({@code io.cityplan.execution.QueryCompiler}); when false, every query runs field by field.
         */
        @WithDefault(DEFAULT_ENABLED)
        boolean compile();
    }

    interface RateLimit {

        /** Requests per second one client (one remote address) may send on average; 0 sets no limit. */
        @WithDefault("0")
        double requestsPerSecond();

        /** How many requests one client may send at once, above its rate, before it is refused. */
        @WithDefault("50")
        int burst();
    }

    interface Http {

        /**
         * How long a shared cache (a CDN, a proxy) or a browser may keep the answer to a GET query that had no errors.
         * The data changes only with a new release. 0 keeps every answer out of caches.
         */
        @WithDefault("5m")
        Duration cacheMaxAge();
    }

    interface Limits {

        /** The deepest selection a query may nest (the explorer's example is 8 deep); introspection is exempt. */
        @WithDefault("12")
        int maxDepth();

        /**
         * The most a query may cost ({@link QueryCost}: about one unit per field value it may resolve, more for SQL
         * statements, filters and search terms); a query that costs more is refused before it runs.
         */
        @WithDefault("50000")
        int maxCost();

        /**
         * The most tokens (names, punctuation, values) a query document may hold; the standard introspection query has
         * 170.
         */
        @WithDefault("15000")
        int maxTokens();

        /**
         * How long one request may run: a field that would start resolving later answers TIMEOUT instead, and the
         * statement timeout bounds the SQL already running.
         */
        @WithDefault("20s")
        Duration executionTimeout();

        /** The longest a SQL statement may run before PostgreSQL cancels it (a PostgreSQL interval, e.g. 10s). */
        @WithDefault("10s")
        String statementTimeout();

        /** The largest request body, e.g. 256K; a larger one is refused with 413. */
        @WithDefault("256K")
        String maxBodySize();
    }

    interface EmbeddedPostgres {

        /** Whether to start it at all when {@code quarkus.datasource.jdbc.url} is unset. */
        @WithDefault(DEFAULT_ENABLED)
        boolean enabled();

        /** Where its binaries and its cluster live; reused by later starts. */
        @WithDefault(DEFAULT_EMBEDDED_DIR)
        String dir();

        /** The port it listens on at 127.0.0.1; 0 picks a free one. */
        @WithDefault(DEFAULT_PORT)
        int port();

        /** The unprivileged user its processes run as when the application runs as root. */
        @WithDefault(DEFAULT_RUN_AS)
        String runAs();
    }
}
