package io.cityplan.edge;

import java.time.Duration;

import io.cityplan.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/**
 * A statement ran past the statement timeout and was cancelled, or the request past its execution timeout; or its
 * client closed the connection, and the request was stopped with no one to answer.
 */
@ErrorCode("TIMEOUT")
public class TimeoutException extends ApiException {

    private TimeoutException(String message) {
        super(message);
    }

    /** PostgreSQL cancelled a statement: past the statement timeout, or the request past its execution timeout. */
    static TimeoutException statementCancelled(String requestId) {
        return new TimeoutException("the request took too long and was cancelled (request id " + requestId + ")");
    }

    /** The request ran longer than it may; the fields still to resolve were not resolved. */
    static TimeoutException afterExecutionTimeout(Duration limit, String requestId) {
        var written = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
        return new TimeoutException("the request ran past its execution timeout of " + written
                + " and was stopped (request id " + requestId + ")");
    }

    /** The client closed its connection while the request ran; the fields still to resolve were not resolved. */
    static TimeoutException clientGone(String requestId) {
        return new TimeoutException("the request was stopped: its client closed the connection (request id "
                + requestId + ")");
    }
}
