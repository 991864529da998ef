package io.cityplan.editing;

import io.cityplan.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** A change whose verified token does not carry the role it needs. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ApiException {

    ForbiddenException(String message) {
        super(message);
    }
}
