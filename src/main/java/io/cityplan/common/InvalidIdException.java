package io.cityplan.common;

import io.smallrye.graphql.api.ErrorCode;

/** A global id that is not one cityplan hands out. */
@ErrorCode("INVALID_ID")
public class InvalidIdException extends ApiException {

    public InvalidIdException(String id) {
        super("'" + Messages.shorten(id) + "' is not a global id of this API");
    }
}
