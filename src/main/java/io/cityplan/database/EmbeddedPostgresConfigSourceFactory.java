package io.cityplan.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.cityplan.common.CityplanConfig;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.ImageMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies the datasource of the embedded PostgreSQL when none is configured.
 * <p>
 * Configuration is where Quarkus learns its datasource, before Flyway and Hibernate connect, in every launch mode (dev,
 * test, packaged jar). The server is started once per JVM and shared by later configuration builds (dev-mode reloads,
 * repeated test applications); it stops when the JVM exits.
 */
public final class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    /** JVM-wide record of the running server, visible across the class loaders of dev-mode reloads and tests. */
    private static final String RUNNING_URL = "io.cityplan.embedded-postgres.running-url";
    /** How often the server is checked, and started again when it has died. */
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // A native executable carries no PostgreSQL binaries: it always needs a datasource URL, and says so when
        // Quarkus finds none.
        if (isSet(context.getValue(URL_PROPERTY)) || !enabled(context) || ImageMode.current() == ImageMode.NATIVE_RUN) {
            return List.of();
        }
        return List.of(new LazySource(context));
    }

    /**
     * Starts the server when the URL is first read, not when the source is created: the build also creates
     * configuration sources but never reads runtime datasource properties. Names are not listed for the same reason.
     */
    private static final class LazySource implements ConfigSource {

        private final ConfigSourceContext context;

        LazySource(ConfigSourceContext context) {
            this.context = context;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            return URL_PROPERTY.equals(name) ? runningUrl(context) : null;
        }

        @Override
        public String getName() {
            return "EmbeddedPostgres";
        }

        @Override
        public int getOrdinal() {
            return 200;
        }
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(100);
    }

    private static synchronized String runningUrl(ConfigSourceContext context) {
        var running = System.getProperty(RUNNING_URL);
        if (running != null) {
            return running;
        }
        try {
            var server = EmbeddedPostgres.start(
                    Path.of(value(context, "cityplan.embedded-postgres.dir", CityplanConfig.DEFAULT_EMBEDDED_DIR)),
                    Integer.parseInt(value(context, "cityplan.embedded-postgres.port", CityplanConfig.DEFAULT_PORT)),
                    value(context, "cityplan.embedded-postgres.run-as", CityplanConfig.DEFAULT_RUN_AS));
            server.keepRunning(WATCH_INTERVAL);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitApplicationStopped();
                server.close();
            }, "embedded-postgres-stop"));
            System.setProperty(RUNNING_URL, server.jdbcUrl());
            return server.jdbcUrl();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * Shutdown hooks run side by side, and the application's own finishes the requests in flight first (up to
     * quarkus.shutdown.timeout): the database they read must outlive it.
     */
    private static void awaitApplicationStopped() {
        var application = Application.currentApplication();
        if (application != null) {
            try {
                application.stop(); // returns once another thread has stopped it
            } catch (RuntimeException notStarted) {
                // never started, or failed to stop: the database stops all the same
            }
        }
    }

    private static boolean enabled(ConfigSourceContext context) {
        return Boolean
                .parseBoolean(value(context, "cityplan.embedded-postgres.enabled", CityplanConfig.DEFAULT_ENABLED));
    }

    private static String value(ConfigSourceContext context, String name, String defaultValue) {
        var value = context.getValue(name);
        return isSet(value) ? value.getValue() : expand(defaultValue);
    }

    private static String expand(String value) {
        return value.replace("${java.io.tmpdir}", System.getProperty("java.io.tmpdir"))
                .replace("${user.name}", System.getProperty("user.name"));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
