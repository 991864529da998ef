package io.cityplan.common;

import io.smallrye.graphql.api.ErrorCode;

/** A statement ran past the database's statement timeout and was cancelled. */
@ErrorCode("TIMEOUT")
public class TimeoutException extends ApiException {

    public TimeoutException(String requestId) {
        super("the request took too long and was cancelled (request id " + requestId + ")");
    }
}
