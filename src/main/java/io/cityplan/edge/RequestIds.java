package io.cityplan.edge;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request an id, returned in the X-Request-Id response header and quoted in the log and in the
 * error of a request that fails unexpectedly. A client may send its own id in the same header.
 */
@ApplicationScoped
public class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String KEY = "cityplan.request-id";
    /**
     * The request, kept in its Vert.x context too: the GraphQL engine may finish on a worker thread of that context.
     */
    private static final String LOCAL = "cityplan.request";
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void assign(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            var sent = context.request().getHeader(HEADER);
            String assigned = context.get(KEY); // a request routed again keeps its id
            var id = assigned != null ? assigned
                    : sent != null && CLIENT_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
            context.put(KEY, id);
            if (VertxContext.isOnDuplicatedContext()) {
                ContextLocals.put(LOCAL, context);
            }
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }

    /** The id of the request being answered, or "none" outside a request. */
    public static String current() {
        var context = currentRequest();
        String id = context == null ? null : context.get(KEY);
        return id == null ? "none" : id;
    }

    /** Whether the client of the request being answered has closed its connection. */
    static boolean clientGone() {
        var context = currentRequest();
        return context != null && context.response().closed();
    }

    /**
     * The HTTP request being answered, or null where none is: outside a request, or on a thread that is neither in its
     * Vert.x context nor in its request context.
     */
    static RoutingContext currentRequest() {
        if (VertxContext.isOnDuplicatedContext()) {
            RoutingContext local = ContextLocals.<RoutingContext> get(LOCAL).orElse(null);
            if (local != null) {
                return local;
            }
        }
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        return container.instance(CurrentVertxRequest.class).get().getCurrent();
    }
}
