package io.cityplan.editing;

import io.cityplan.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** A change sent without a valid bearer token: none, or one expired, wrongly signed or otherwise not verified. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends ApiException {

    UnauthenticatedException(String message) {
        super(message);
    }
}
