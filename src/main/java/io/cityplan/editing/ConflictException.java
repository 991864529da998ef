package io.cityplan.editing;

import io.cityplan.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/**
 * A change that conflicts with what is stored: a figure changed since the version the editor read, a code or file name
 * taken, an idempotency key already used for another change.
 */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(message);
    }
}
