package io.cityplan.editing;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

import io.cityplan.edge.TokenFailures;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may change what. Reads are anonymous; a change needs a bearer JWT that Quarkus' SmallRye JWT verifies against
 * the configured key or JWKS (an identity provider's, e.g. Keycloak's), carrying the role {@link #EDITOR} to record
 * and correct, or {@link #ADMIN} to retract (an admin may also edit). Tokens are read only when a change asks who sent
 * it (quarkus.http.auth.proactive=false), so that a read is never refused for a token it does not need.
 * <p>
 * With no key or no issuer configured, editing is off: every change answers EDITING_DISABLED, whatever the token.
 */
@ApplicationScoped
public class Editors {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private final boolean enabled;
    private final CurrentIdentityAssociation identities;

    Editors(Config config, CurrentIdentityAssociation identities) {
        boolean key = configured(config, "mp.jwt.verify.publickey.location")
                || configured(config, "mp.jwt.verify.publickey");
        boolean issuer = configured(config, "mp.jwt.verify.issuer");
        if (key && !issuer) {
            Log.warn("Editing is off: a key to verify editors' tokens is set, but not the issuer they must name "
                    + "(mp.jwt.verify.issuer), without which a token that any client of the provider got would do");
        }
        this.enabled = key && issuer;
        this.identities = identities;
    }

    /**
     * Whether a key is set. NONE is how Quarkus says that none is (its test launcher passes
     * -Dmp.jwt.verify.publickey=NONE to a packaged application, so that SmallRye JWT generates no key).
     */
    private static boolean configured(Config config, String key) {
        return config.getOptionalValue(key, String.class).filter(value -> !value.equals("NONE")).isPresent();
    }

    /** The editor who sent this request, with {@code role}; or the error that says why the change is refused. */
    public Editor require(String role) {
        if (!enabled) {
            throw new EditingDisabledException();
        }
        SecurityIdentity identity;
        TokenFailures.leaveToTheCaller();
        try {
            identity = identities.getIdentity();
        } catch (AuthenticationFailedException e) {
            throw new UnauthenticatedException("The bearer token was not accepted: it is expired, not yet valid, not "
                    + "signed by the configured key, or not a JWT this server takes.");
        }
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthenticatedException(
                    "Changes need a bearer token: send an Authorization: Bearer header with an editor's JWT.");
        }
        boolean allowed = identity.hasRole(role) || EDITOR.equals(role) && identity.hasRole(ADMIN);
        if (!allowed) {
            throw new ForbiddenException("This change needs the role " + role + ", which the token of "
                    + identity.getPrincipal().getName() + " does not carry.");
        }
        return new Editor(identity.getPrincipal().getName());
    }

    /** An editor, by the name their token gives (upn, preferred_username or sub). */
    public record Editor(String name) {
    }
}
