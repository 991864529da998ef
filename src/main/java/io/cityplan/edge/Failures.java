package io.cityplan.edge;

import java.sql.SQLException;

import jakarta.enterprise.context.ContextNotActiveException;

import io.cityplan.common.ApiException;
import io.quarkus.logging.Log;

/**
 * What an exception means to a client: the one mapping from a failure (of a resolver, of a compiled statement, of an
 * export) to the error a client gets, with its code and message.
 * <ul>
 * <li>The API's own errors ({@link ApiException}, anywhere among the causes) are answered as they are.
 * <li>A failure the request's circumstances explain is answered for what it is and logged once without a stack
 * trace: TIMEOUT when a statement was cancelled past the statement or execution timeout, or when the client has gone
 * and no one reads the answer; SERVICE_UNAVAILABLE when the database cannot be reached.
 * <li>Anything else is a defect: INTERNAL_ERROR, whose message quotes the request id under which the cause is logged
 * with its stack trace.
 * </ul>
 * {@link ClientErrors} applies it to every error of a GraphQL response; {@code SqlExecution} and the CSV exports ask it
 * directly.
 */
public final class Failures {

    /** PostgreSQL's query_canceled: a statement timeout, or a cancel request (RunningRequests). */
    private static final String QUERY_CANCELED = "57014";

    private Failures() {
    }

    /** The error a client gets for this failure, logged as its kind asks. */
    public static ApiException of(Throwable failure, String requestId) {
        var own = own(failure);
        if (own != null) {
            return own;
        }
        var circumstantial = circumstantial(failure, requestId);
        if (circumstantial != null) {
            return circumstantial;
        }
        Log.errorf(failure, "request %s failed", requestId);
        return new InternalErrorException(requestId);
    }

    /**
     * The error a client gets for a failure the request's circumstances explain (a client gone, a statement cancelled
     * past a timeout, the database unreachable), logged once under the request id; null for any other failure.
     */
    public static ApiException circumstantial(Throwable failure, String requestId) {
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

    /** The API's own error among the causes, or null. */
    private static ApiException own(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api;
            }
        }
        return null;
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
