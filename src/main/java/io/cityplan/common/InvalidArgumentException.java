package io.cityplan.common;

import io.smallrye.graphql.api.ErrorCode;

/** An argument that is well-formed but cannot be used: a page size above the cap, a year range that ends first. */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends ApiException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
