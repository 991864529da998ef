package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A request that runs past its execution timeout, or whose client goes away, stops: the statement it waits on is
 * cancelled at once, not when the (here much longer) statement timeout would cancel it.
 */
@QuarkusTest
@TestProfile(ExecutionTimeoutTest.ShortTimeout.class)
class ExecutionTimeoutTest {

    /**
     * Compiled, without a filter: it runs on the pool of kept plans (io.cityplan.execution.Statement), so these tests
     * also show that RunningRequests follows that pool's connections.
     */
    private static final String WAITS = "{\"query\":\"{ targets(first: 3) { nodes { code } } }\"}";

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cityplan.limits.execution-timeout", "3s", "cityplan.limits.statement-timeout", "60s");
        }
    }

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/graphql")
    URI graphql;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aRequestPastItsTimeoutAnswersTimeoutAtTheLimitAndItsStatementIsCancelled() throws Exception {
        try (var lock = lockTargets()) {
            var started = System.nanoTime();
            var response = client.send(post(Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
            var seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"code\":\"TIMEOUT\""), response.body());
            // At the limit, give or take the sweep (0.25 s); the bound leaves room for a busy machine.
            assertTrue(seconds >= 3 && seconds < 5, "answered after " + seconds + " s; the limit is 3 s");
            assertEquals(0, waitingForTheLock(lock), "the statement still waits");
        }
    }

    @Test
    void aClientThatGoesAwayCancelsItsRequest() throws Exception {
        try (var lock = lockTargets()) {
            var started = System.nanoTime();
            while (waitingForTheLock(lock) > 0) { // a statement of the other test, cancelled as it ends
                Thread.sleep(20);
            }
            assertThrows(HttpTimeoutException.class,
                    () -> client.send(post(Duration.ofSeconds(1)), HttpResponse.BodyHandlers.ofString()));
            // Within half a second or so of the client closing its connection, well before the timeout of 3 s.
            while (waitingForTheLock(lock) > 0) {
                Thread.sleep(20);
                assertTrue(System.nanoTime() - started < 2_500_000_000L, "the statement still waits after 2.5 s");
            }
        }
    }

    /**
     * A client gone is no failure of the server's: the fields that fail for it (their statement cancelled, their
     * request context ended) or would start after it are logged at INFO, not as errors.
     */
    @Test
    void aClientThatGoesAwayIsNoError() throws Exception {
        var errors = new ArrayList<String>();
        var stopped = new ArrayList<String>();
        var handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                } else if (String.valueOf(record.getMessage()).contains("its client closed the connection")) {
                    stopped.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var logger = Logger.getLogger("io.cityplan");
        logger.addHandler(handler);
        try (var lock = lockTargets()) {
            while (waitingForTheLock(lock) > 0) { // a statement of another test, cancelled as it ends
                Thread.sleep(20);
            }
            // Two root fields: the first waits for the lock; the second starts after the client has gone.
            var twice = "{\"query\":\"{ a: targets(first: 3) { nodes { code } } b: targets(first: 3) { nodes { code } } }\"}";
            assertThrows(HttpTimeoutException.class, () -> client.send(post(Duration.ofSeconds(1), twice),
                    HttpResponse.BodyHandlers.ofString()));
            var started = System.nanoTime();
            while (waitingForTheLock(lock) > 0) {
                Thread.sleep(20);
                assertTrue(System.nanoTime() - started < 2_500_000_000L, "a statement still waits after 2.5 s");
            }
            Thread.sleep(500); // for the second field to start and fail
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(List.of(), errors);
        assertFalse(stopped.isEmpty(), "no request was stopped for its client");
    }

    private HttpRequest post(Duration timeout) {
        return post(timeout, WAITS);
    }

    private HttpRequest post(Duration timeout, String body) {
        return HttpRequest.newBuilder(graphql).header("Content-Type", "application/json").timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private Connection lockTargets() throws SQLException {
        var lock = dataSource.getConnection();
        lock.setAutoCommit(false);
        lock.createStatement().execute("LOCK TABLE target IN ACCESS EXCLUSIVE MODE");
        return lock;
    }

    /** The statements waiting for the lock, as of now (not as of the lock's first look at them). */
    private static int waitingForTheLock(Connection lock) throws SQLException {
        try (var statement = lock.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            var rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND datname = current_database() AND pid <> pg_backend_pid()");
            rs.next();
            return rs.getInt(1);
        }
    }
}
