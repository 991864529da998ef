package io.cityplan.edge;

import io.cityplan.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** The database does not answer; the request may be retried. */
@ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ApiException {

    public ServiceUnavailableException(String requestId) {
        super("the database is not available; try again shortly (request id " + requestId + ")");
    }
}
