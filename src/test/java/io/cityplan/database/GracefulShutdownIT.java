package io.cityplan.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * SIGTERM while a request is in flight: the packaged server answers it in full, and then exits; a request that arrives
 * meanwhile is answered too, with Connection: close. The request is held in flight by a table lock the test takes on
 * the server's database, an external one or the embedded one, which must outlive the requests.
 */
class GracefulShutdownIT {

    /** Targets are read from the database; plans are held in memory. */
    private static final String TARGETS = "{\"query\":\"{ targets(first: 1) { totalCount } }\"}";
    private static final String PLANS = "{\"query\":\"{ plans { code } }\"}";

    private final ExternalPostgres database = new ExternalPostgres();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private PackagedServer server;
    private String url;

    @AfterEach
    void stopServerAndDropDatabase() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
        database.stop();
    }

    @Test
    @EnabledIf(value = "io.cityplan.database.ExternalPostgres#reachable", disabledReason = ExternalPostgres.UNREACHABLE)
    void onAnExternalDatabase() throws Exception {
        url = database.start().get("quarkus.datasource.jdbc.url");
        server = PackagedServer.start(url);
        server.awaitReady();
        answersTheRequestsInFlightThenExits();
    }

    @Test
    @DisabledIf(value = "io.cityplan.database.PackagedServer#isNative", disabledReason = "no embedded PostgreSQL")
    void onTheEmbeddedDatabase() throws Exception {
        var pgPort = PackagedServer.freePort();
        url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + EmbeddedPostgres.DATABASE + "?user=postgres";
        server = PackagedServer.startEmbedded(pgPort);
        server.awaitReady();
        answersTheRequestsInFlightThenExits();
    }

    private void answersTheRequestsInFlightThenExits() throws Exception {
        HttpResponse<String> held;
        try (var lock = DriverManager.getConnection(url)) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("LOCK TABLE target IN ACCESS EXCLUSIVE MODE");
            var inFlight = client.sendAsync(post(TARGETS), HttpResponse.BodyHandlers.ofString());
            awaitAQueryWaitingForTheLock(lock);

            server.process.destroy(); // SIGTERM
            Thread.sleep(300);
            var ready = client.send(HttpRequest.newBuilder(server.uri("/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, ready.statusCode(), "readiness right after SIGTERM: " + ready.body());
            Thread.sleep(2_500); // past quarkus.shutdown.delay, into the shutdown
            var during = client.send(post(PLANS), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, during.statusCode(), during.body());
            assertTrue(during.body().startsWith("{\"data\":{\"plans\":[{\"code\":\"sjz-capital-plan-2021\"}]},"
                    + "\"extensions\":{\"cost\":"), during.body());
            assertEquals(Optional.of("close"), during.headers().firstValue("Connection"));
            assertTrue(server.process.isAlive(), "the server exited with a request in flight:\n" + server.logTail());

            lock.commit();
            held = inFlight.get(10, TimeUnit.SECONDS);
        }
        assertEquals(200, held.statusCode(), held.body());
        assertTrue(held.body().matches("\\{\"data\":\\{\"targets\":\\{\"totalCount\":[1-9][0-9]*}},\"extensions\":.*}"),
                held.body());
        assertTrue(server.process.waitFor(15, TimeUnit.SECONDS), "the server did not exit after answering");
        assertTrue(server.logTail().contains("All HTTP requests complete"), server.logTail());
    }

    private HttpRequest post(String body) {
        return HttpRequest.newBuilder(server.uri("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void awaitAQueryWaitingForTheLock(Connection lock) throws SQLException, InterruptedException {
        var deadline = Instant.now().plusSeconds(15);
        try (var statement = lock.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                var rs = statement
                        .executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                + " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()");
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("no request came to wait for the lock within 15 s");
    }
}
