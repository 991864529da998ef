package io.cityplan.common;

import io.smallrye.graphql.api.ErrorCode;

/** An {@code after} or {@code before} cursor that this list did not hand out. */
@ErrorCode("INVALID_CURSOR")
public class InvalidCursorException extends ApiException {

    public InvalidCursorException(String cursor) {
        super("'" + Messages.shorten(cursor) + "' is not a cursor of this list");
    }
}
