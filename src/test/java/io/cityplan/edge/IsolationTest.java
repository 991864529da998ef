package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Requests run on worker threads: one that waits (on the database, here on a lock) holds up no other. */
@QuarkusTest
class IsolationTest {

    /** More than the event loops of any machine this runs on (two per core). */
    private static final int WAITING = 12;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aRequestWaitingForTheDatabaseHoldsUpNoOther() throws Exception {
        // HTTP/1.1: one connection per request, as browsers and load balancers mostly send them.
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (var lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("LOCK TABLE target IN ACCESS EXCLUSIVE MODE");
            var waiting = IntStream.range(0, WAITING).mapToObj(i -> client.sendAsync(
                    post("{ targets(first: 3) { nodes { code } } }"), HttpResponse.BodyHandlers.ofString())).toList();
            awaitWaitingForTheLock(lock, WAITING);

            // On an event loop, this request would wait behind those holding every loop until the lock is released.
            var ordinary = client.send(post("{ plans { code } }"), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ordinary.statusCode(), ordinary.body());
            assertTrue(ordinary.body().contains("sjz-capital-plan-2021"), ordinary.body());
            assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone), "the lock was released early");

            lock.commit();
            for (var answer : waiting) {
                var response = answer.get(30, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.body());
            }
        }
    }

    private HttpRequest post(String query) {
        return HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(8))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}"))
                .build();
    }

    private static void awaitWaitingForTheLock(Connection lock, int requests) throws SQLException,
            InterruptedException {
        var deadline = Instant.now().plusSeconds(15);
        int seen = 0;
        try (var statement = lock.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                // The lock's transaction would otherwise see the activity as it was at its first look.
                statement.execute("SELECT pg_stat_clear_snapshot()");
                var rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND datname = current_database() AND pid <> pg_backend_pid()");
                rs.next();
                seen = rs.getInt(1);
                if (seen >= requests) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError(seen + " of " + requests + " requests came to wait for the lock within 15 s");
    }
}
