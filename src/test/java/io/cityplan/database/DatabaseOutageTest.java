package io.cityplan.database;

import static io.cityplan.common.GraphQLClient.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The database stops under a running server and comes back: requests fail fast with SERVICE_UNAVAILABLE, readiness
 * turns DOWN, and the server recovers on its own once the database answers again. The database is a PostgreSQL of the
 * test's own, which it can stop and start.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    /** Plans are held in memory; targets are read from the database every time. */
    private static final String QUERY = "{ plans { code } targets(first: 1) { nodes { code } } }";

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppableDatabase.class));
        }
    }

    /** A PostgreSQL in a temporary folder on a fixed port, so that it can be stopped and started again. */
    public static class StoppableDatabase implements QuarkusTestResourceLifecycleManager {

        static Path dir;
        static int port;
        static EmbeddedPostgres server;

        @Override
        public Map<String, String> start() {
            try {
                // A folder EmbeddedPostgres creates itself, open to the user the server runs as.
                dir = Path.of(System.getProperty("java.io.tmpdir"), "cityplan-outage-" + UUID.randomUUID());
                server = EmbeddedPostgres.start(dir, 0, "nobody");
                port = server.port();
                return Map.of("quarkus.datasource.jdbc.url", server.jdbcUrl());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            if (server != null) {
                server.close();
            }
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                Log.warnf("could not remove %s: %s", dir, e.getMessage());
            }
        }

        static void restart() throws IOException {
            server = EmbeddedPostgres.start(dir, port, "nobody");
        }
    }

    @Test
    void failsFastWhileTheDatabaseIsDownAndRecoversOnItsOwn() throws Exception {
        post(QUERY, Map.of()).statusCode(200).body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));

        StoppableDatabase.server.close();
        var failing = Instant.now();
        // The first request may find a pooled connection the server has just closed; the next ones are refused.
        post(QUERY, Map.of()).statusCode(200);
        post(QUERY, Map.of()).statusCode(200).body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
        var failedIn = Duration.between(failing, Instant.now());
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        StoppableDatabase.restart();
        var back = Instant.now();
        var recovered = false;
        while (!recovered && Duration.between(back, Instant.now()).toSeconds() < 60) {
            recovered = post(QUERY, Map.of()).extract().path("data.plans[0].code") != null;
            if (!recovered) {
                Thread.sleep(100);
            }
        }
        var recoveredIn = Duration.between(back, Instant.now());
        Log.infof("outage: two failed requests took %d ms; answered again %d ms after the database was back",
                failedIn.toMillis(), recoveredIn.toMillis());
        assertTrue(recovered, "no answer within 60 s of the database's return");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void answersServiceUnavailableAtOnceWhileTheDatabaseRefusesConnections() throws Exception {
        post(QUERY, Map.of()).statusCode(200).body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
        var admin = StoppableDatabase.server.jdbcUrl().replace("/" + EmbeddedPostgres.DATABASE + "?", "/postgres?");
        try (var connection = DriverManager.getConnection(admin); var statement = connection.createStatement()) {
            // PostgreSQL then refuses every new connection with SQL state 55000, and the pool's connections are gone.
            statement.execute("ALTER DATABASE " + EmbeddedPostgres.DATABASE + " ALLOW_CONNECTIONS false");
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + EmbeddedPostgres.DATABASE + "'");
            try {
                var refused = Instant.now();
                post(QUERY, Map.of()).statusCode(200);
                post(QUERY, Map.of()).statusCode(200)
                        .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
                var answeredIn = Duration.between(refused, Instant.now());
                var ready = Instant.now();
                given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
                var readyIn = Duration.between(ready, Instant.now());
                Log.infof("refused connections: two requests answered in %d ms, readiness in %d ms",
                        answeredIn.toMillis(), readyIn.toMillis());
                // Each waits at most the pool's acquisition timeout (0.5 s), not the 15 s it once took.
                assertTrue(answeredIn.toMillis() < 3_000, answeredIn.toString());
                assertTrue(readyIn.toMillis() < 3_000, readyIn.toString());
            } finally {
                statement.execute("ALTER DATABASE " + EmbeddedPostgres.DATABASE + " ALLOW_CONNECTIONS true");
            }
        }
        var back = Instant.now();
        while (post(QUERY, Map.of()).extract().path("data.targets") == null) {
            assertTrue(Duration.between(back, Instant.now()).toSeconds() < 30, "no answer within 30 s");
            Thread.sleep(100);
        }
    }
}
