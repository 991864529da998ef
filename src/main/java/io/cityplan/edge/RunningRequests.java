package io.cityplan.edge;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import org.postgresql.PGConnection;

import io.agroal.api.AgroalPoolInterceptor;
import io.cityplan.execution.SqlExecution;
import io.quarkus.agroal.DataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerResponse;

/**
 * The GraphQL requests being executed, each with the database connections it holds, so that one that runs past its
 * execution timeout, or whose client has gone, is stopped: the statement it is running is cancelled (PostgreSQL's
 * cancel request, as psql's Ctrl+C sends it), and no field of it starts resolving after that ({@link QueryLimits}).
 * Every {@value #SWEEP_MS} ms one sweep looks for such requests, so a request is stopped
 * within that much of its timeout.
 * <p>
 * When a client closes its connection, the statement of its request is in practice cancelled before the sweep looks
 * (within half a second of the close, with nothing from here in the log): SmallRye's handler ends the request's context
 * on close, and the request's database session with it. The sweep's check of the closed response is the backstop.
 * <p>
 * A request runs on one worker thread (quarkus.smallrye-graphql.nonblocking.enabled=false), which is how the pool's
 * connections are told apart: a connection taken on that thread while the request runs is the request's.
 */
@ApplicationScoped
public class RunningRequests implements AgroalPoolInterceptor {

    static final long SWEEP_MS = 250;
    private static final ThreadLocal<Running> CURRENT = new ThreadLocal<>();

    private final Set<Running> running = ConcurrentHashMap.newKeySet();

    /** Its own thread: a cancel request opens a connection to PostgreSQL, which no event loop may wait for. */
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "cityplan-request-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    void sweep(@Observes StartupEvent started) {
        sweeper.scheduleWithFixedDelay(() -> {
            var now = System.nanoTime();
            for (var request : running) {
                if (now > request.deadline) {
                    request.stop("ran past its execution timeout of " + request.timeout);
                    // Followed no further: should its end never be reported, it is not kept for ever.
                    running.remove(request);
                } else if (request.clientGone()) {
                    request.stop("lost its client");
                }
            }
        }, SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        sweeper.shutdownNow();
    }

    /** Starts following the request executing on this thread. */
    Running start(Duration timeout, String requestId) {
        var current = RequestIds.currentRequest();
        var request = new Running(System.nanoTime(), timeout, requestId,
                current == null ? null : current.response());
        running.add(request);
        CURRENT.set(request);
        return request;
    }

    /** Stops following the request: it has its answer. */
    void end(Running request) {
        running.remove(request);
        request.end();
        if (CURRENT.get() == request) {
            CURRENT.remove();
        }
    }

    /** Follows the connections of the pool of kept plans too ({@link SqlExecution#PLANS}). */
    @Produces
    @DataSource(SqlExecution.PLANS)
    AgroalPoolInterceptor plans() {
        return this;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        var request = CURRENT.get();
        if (request != null) {
            request.hold(connection);
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        var request = CURRENT.get();
        if (request != null) {
            request.release(connection);
        }
    }

    /** One request, from the start of its execution to its answer. */
    static final class Running {

        private final long started;
        private final long deadline;
        private final Duration timeout;
        private final String requestId;
        private final HttpServerResponse response;
        /** The physical connections, not the pool's wrappers, which the pool closes and replaces. */
        private final List<PGConnection> held = new ArrayList<>(1);
        private volatile String stopped;
        private boolean ended;

        private Running(long started, Duration timeout, String requestId, HttpServerResponse response) {
            this.started = started;
            this.deadline = started + timeout.toNanos();
            this.timeout = timeout;
            this.requestId = requestId;
            this.response = response;
        }

        /** Whether the request was stopped, or has run past its timeout since the last sweep. */
        boolean stopped() {
            return stopped != null || System.nanoTime() > deadline;
        }

        /** Whether the client closed its connection: no one is left to answer. */
        boolean clientGone() {
            return response != null && response.closed();
        }

        String requestId() {
            return requestId;
        }

        Duration timeout() {
            return timeout;
        }

        long started() {
            return started;
        }

        private synchronized void hold(Connection connection) {
            physical(connection, held::add);
        }

        private synchronized void release(Connection connection) {
            physical(connection, held::remove);
        }

        private void physical(Connection connection, Consumer<PGConnection> action) {
            try {
                action.accept(connection.unwrap(PGConnection.class));
            } catch (SQLException e) {
                Log.warnf("request %s: a connection that is not PostgreSQL's: %s", requestId, e.getMessage());
            }
        }

        private synchronized void end() {
            ended = true;
            held.clear();
        }

        /** Stops the request: cancels the statements of the connections it holds, once. */
        private synchronized void stop(String reason) {
            if (stopped != null || ended) {
                return;
            }
            stopped = reason;
            Log.warnf("request %s %s: stopped", requestId, reason);
            for (var connection : held) {
                try {
                    connection.cancelQuery();
                } catch (SQLException | RuntimeException e) {
                    Log.warnf("request %s: its statement could not be cancelled: %s", requestId, e.getMessage());
                }
            }
        }
    }
}
