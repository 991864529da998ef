package io.cityplan.edge;

import java.util.function.BiConsumer;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * A refused bearer token answered as a GraphQL error. With authentication on demand (quarkus.http.auth.proactive=false)
 * Quarkus authenticates when code first asks for the identity, and on failure calls the request's auth failure handler,
 * which by default ends the response with a bare HTTP 401; the request's handler is there to be replaced downstream
 * (QuarkusHttpUser.AUTH_FAILURE_HANDLER). A change replaces it before it asks, so that the failure reaches it as an
 * exception and the client gets the GraphQL answer with its code (UNAUTHENTICATED).
 */
public final class TokenFailures {

    private static final BiConsumer<RoutingContext, Throwable> LEAVE_TO_THE_CALLER = (request, failure) -> {
    };

    private TokenFailures() {
    }

    /** From now on in the current request, a token that fails authentication fails only the code that asked. */
    public static void leaveToTheCaller() {
        var request = RequestIds.currentRequest();
        if (request != null) {
            request.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, LEAVE_TO_THE_CALLER);
        }
    }
}
