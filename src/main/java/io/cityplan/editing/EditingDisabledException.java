package io.cityplan.editing;

import io.cityplan.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** A mutation sent to a server that has no key to verify editors' tokens with: editing is off there. */
@ErrorCode("EDITING_DISABLED")
public class EditingDisabledException extends ApiException {

    EditingDisabledException() {
        super("Editing is off on this server: it needs the key to verify editors' tokens with "
                + "(mp.jwt.verify.publickey.location) and the issuer they must name (mp.jwt.verify.issuer). "
                + "Reads need no token.");
    }
}
