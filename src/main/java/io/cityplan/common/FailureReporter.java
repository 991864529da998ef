package io.cityplan.common;

import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;

import io.quarkus.logging.Log;

/**
 * Turns an unexpected failure of a resolver into an error a client can act on: TIMEOUT when a statement ran past the
 * statement timeout (or the client has gone, when a failure is to be expected and no one reads the answer),
 * SERVICE_UNAVAILABLE when the database cannot be reached, INTERNAL_ERROR otherwise, each quoting
 * the request id under which the cause is logged once. The
 * API's own errors and argument validation pass through unchanged.
 */
@ReportsFailures
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class FailureReporter {

    /** PostgreSQL's query_canceled: a statement timeout, or a cancel request (RunningRequests). */
    private static final String QUERY_CANCELED = "57014";

    @AroundInvoke
    Object report(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ApiException | ConstraintViolationException expected) {
            throw expected;
        } catch (RuntimeException unexpected) {
            throw translate(unexpected, RequestIds.current());
        }
    }

    /**
     * The error a client gets for a failure the request's circumstances explain (a client gone, a statement cancelled
     * past a timeout, the database unreachable), logged once under the request id; null for any other failure, a
     * defect.
     */
    public static ApiException circumstantial(RuntimeException failure, String requestId) {
        if (RequestIds.clientGone() && stoppedWithItsClient(failure)) {
            Log.infof("request %s: stopped, its client closed the connection (%s)", requestId,
                    failure.getClass().getSimpleName());
            return TimeoutException.clientGone(requestId);
        }
        if (sqlState(failure).equals(QUERY_CANCELED)) {
            Log.warnf("request %s: a statement was cancelled: past the statement or the execution timeout, or its "
                    + "client gone", requestId);
            return TimeoutException.statementCancelled(requestId);
        }
        if (databaseUnreachable(failure)) {
            Log.warnf("request %s: the database is not available: %s", requestId, failure.getMessage());
            return new ServiceUnavailableException(requestId);
        }
        return null;
    }

    /** The error a client gets for an unexpected failure, logged once under the request id. */
    public static ApiException translate(RuntimeException failure, String requestId) {
        var circumstantial = circumstantial(failure, requestId);
        if (circumstantial != null) {
            return circumstantial;
        }
        Log.errorf(failure, "request %s failed", requestId);
        return new InternalErrorException(requestId);
    }

    /**
     * Whether a failure is one that a client closing its connection causes: its statement cancelled, its request
     * context (and with it the database session) ended, or the session or a statement of it closed. Anything else is
     * still a failure.
     */
    static boolean stoppedWithItsClient(Throwable failure) {
        if (sqlState(failure).equals(QUERY_CANCELED)) {
            return true;
        }
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContextNotActiveException || (cause instanceof IllegalStateException
                    || cause instanceof SQLException) && cause.getMessage() != null
                    && cause.getMessage().contains("closed")) {
                return true; // "Session/EntityManager is closed", "PreparedStatement is closed"
            }
        }
        return false;
    }

    /** The SQL state of the first SQL exception among the causes, or "" when there is none. */
    static String sqlState(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /**
     * A connection failure: SQL state class 08 (connection exception), 57P (the server shut down or is starting), 53
     * (insufficient resources: too many connections, out of memory or disk), 55000 (the database does not allow
     * connections now) or 3D000 (the database does not exist), or a connection the pool cannot give.
     */
    static boolean databaseUnreachable(Throwable failure) {
        var state = sqlState(failure);
        if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53") || state.equals("55000")
                || state.equals("3D000")) {
            return true;
        }
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null
                    && cause.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
