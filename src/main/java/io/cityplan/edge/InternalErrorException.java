package io.cityplan.edge;

import io.cityplan.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** Something failed that should not have; the log holds the cause under the request id the message quotes. */
@ErrorCode("INTERNAL_ERROR")
public class InternalErrorException extends ApiException {

    public InternalErrorException(String requestId) {
        super("internal error; it is logged under request id " + requestId);
    }
}
