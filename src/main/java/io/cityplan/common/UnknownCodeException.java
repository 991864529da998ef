package io.cityplan.common;

import io.smallrye.graphql.api.ErrorCode;

/** A filter names a region, park, indicator or other record by a code that no record has. */
@ErrorCode("UNKNOWN_CODE")
public class UnknownCodeException extends ApiException {

    public UnknownCodeException(String what, String code) {
        super("no " + what + " has the code '" + Messages.shorten(code) + "'");
    }
}
