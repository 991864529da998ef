package io.cityplan.execution;

import java.io.StringReader;
import java.sql.SQLException;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.persistence.PersistenceException;

import com.github.benmanes.caffeine.cache.Cache;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.ResultPath;
import io.cityplan.common.ApiException;
import io.cityplan.common.CaffeineCaches;
import io.cityplan.common.CityplanConfig;
import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.Sql;
import io.cityplan.edge.Failures;
import io.cityplan.edge.RequestIds;
import io.cityplan.edge.RequestKey;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;

/**
 * Runs each query as the one statement {@link QueryCompiler} makes of it, and a query it does not compile with
 * graphql-java's own strategy, field by field. Counts both in {@code cityplan_queries_total}, labelled
 * {@code execution="sql"} or {@code "fields"}, so an operator sees how much of the traffic takes which path.
 * <p>
 * Installed as graphql-java's query strategy, it runs after parsing, validation and the query limits, as any strategy
 * does, and the answer takes the rest of the way as any other: the data it hands on is the JSON that PostgreSQL built,
 * which SmallRye GraphQL writes as it is.
 */
@ApplicationScoped
@Unremovable // looked up by QueryLimitsHook, which SmallRye creates outside CDI
public class SqlExecution {

    /**
     * The name of the second pool, on which PostgreSQL keeps a generic plan for the statements that may have one
     * ({@link Statement}); the default pool plans every statement for its values.
     */
    public static final String PLANS = "plans";

    private final QueryCompiler compiler;
    private final DataSource dataSource;
    private final DataSource plans;
    private final FigureVolume figures;
    private final Counter bySql;
    private final Counter byField;
    private volatile boolean enabled;
    /**
     * The statement of each request (query text, operation and variables) seen lately, or {@link #BY_FIELDS}: a
     * request that clients repeat, as dashboards and apps do, skips graphql-java's normalized operation and the
     * compilation. Bounded by the characters it holds: the query, the variables, the statement and its values.
     */
    private final Cache<Request, Statement> statements = CaffeineCaches.weighed(8_000_000,
            (request, statement) -> request.key().weight() + statement.sql().text().length()
                    + String.valueOf(statement.sql().params()).length());

    private static final Statement BY_FIELDS = new Statement(Sql.of("-- runs field by field"), false);
    /** Looked up once: {@code Json.createReader} looks the JSON-P provider up on every call (a service load). */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    /** A request, and the year it came in: a filter by status judges as of this year when it names none. */
    private record Request(RequestKey key, int year) {
    }

    SqlExecution(QueryCompiler compiler, DataSource dataSource, @io.quarkus.agroal.DataSource(PLANS) DataSource plans,
            FigureVolume figures, MeterRegistry registry, CityplanConfig config) {
        this.compiler = compiler;
        this.dataSource = dataSource;
        this.plans = plans;
        this.figures = figures;
        this.bySql = Counter.builder("cityplan.queries").tag("execution", "sql")
                .description("Queries answered by one SQL statement or field by field").register(registry);
        this.byField = Counter.builder("cityplan.queries").tag("execution", "fields")
                .description("Queries answered by one SQL statement or field by field").register(registry);
        this.enabled = config.execution().compile();
    }

    /** Makes this the engine's query strategy, with the engine's own strategy for what does not compile. */
    public void install(GraphQL.Builder builder) {
        builder.queryExecutionStrategy(new Strategy(builder.build().getQueryStrategy()));
    }

    /** A statement may hold what the dataset held when it was compiled (the codes under a region). */
    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        statements.invalidateAll();
    }

    /** The statements kept for requests of this query text, whatever their variables; tests read them. */
    List<Statement> kept(String query) {
        return statements.asMap().entrySet().stream().filter(e -> e.getKey().key().query().equals(query))
                .map(Map.Entry::getValue).toList();
    }

    /** Compiles queries or not from now on; tests compare the two paths with it. */
    void enabled(boolean compile) {
        this.enabled = compile;
    }

    private final class Strategy extends ExecutionStrategy {

        private final ExecutionStrategy byFields;

        Strategy(ExecutionStrategy byFields) {
            this.byFields = byFields;
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext context,
                ExecutionStrategyParameters parameters) {
            var key = new Request(RequestKey.of(context.getExecutionInput()), Year.now().getValue());
            var statement = enabled ? compile(context, key) : null;
            if (statement != null) {
                var result = ExecutionResultImpl.newExecutionResult();
                try {
                    var pool = statement.planOnce() || figures.few() ? plans : dataSource;
                    result.data(JSON.createReader(new StringReader(statement.run(pool))).readObject());
                    bySql.increment();
                    return CompletableFuture.completedFuture(result.build());
                } catch (SQLException | RuntimeException failed) {
                    var error = failed instanceof RuntimeException unchecked ? unchecked
                            : new PersistenceException(failed);
                    var circumstantial = Failures.circumstantial(error, RequestIds.current());
                    if (circumstantial != null) {
                        bySql.increment();
                        result.data(null).addError(failure(parameters, circumstantial));
                        return CompletableFuture.completedFuture(result.build());
                    }
                    // A statement the compiler got wrong: the fields still answer right, this time and the next.
                    Log.errorf(error, "request %s: its compiled statement failed; running it field by field",
                            RequestIds.current());
                    statements.put(key, BY_FIELDS);
                }
            }
            byField.increment();
            return byFields.execute(context, parameters);
        }

        /**
         * The error of a statement that failed (cancelled past a timeout or with its client, the database gone), as
         * the first root field would report it field by field; the data is null, as that of a non-null root field
         * would be.
         */
        private static GraphQLError failure(ExecutionStrategyParameters parameters, Exception error) {
            var first = parameters.getFields().getKeys().get(0);
            var field = parameters.getFields().getSubField(first).getSingleField();
            return new ExceptionWhileDataFetching(ResultPath.rootPath().segment(first), error,
                    field.getSourceLocation());
        }

        /** The query's statement, or null when it runs field by field. */
        private Statement compile(ExecutionContext context, Request key) {
            var statement = statements.getIfPresent(key);
            if (statement == null) {
                try {
                    statement = compiler.compile(context.getNormalizedQueryTree().get());
                    Log.debugf("Compiled to %s", statement);
                } catch (NotCompilable | ApiException fieldByField) {
                    statement = BY_FIELDS; // the fields answer it, with their errors
                } catch (RuntimeException unexpected) {
                    // Not kept: it may pass (a reference table read while the database was away).
                    Log.warnf(unexpected, "Could not compile a query; running it field by field");
                    return null;
                }
                statements.put(key, statement);
            }
            return statement == BY_FIELDS ? null : statement;
        }
    }
}
