package io.cityplan.edge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Gives a request the body SmallRye GraphQL reads right, in place of the one sent. Vert.x Web 4.5 has no public way to
 * set a request's body: only its body handler sets it, through {@code RoutingContextInternal}, and this class is the
 * one place that uses it. It is needed for as long as Quarkus' SmallRye GraphQL handler (Quarkus 3.34.1) reads
 * requests wrongly ({@code SmallRyeHttpCanaryTest} fails once it does not):
 * <ul>
 * <li>a GET's parameters: it decodes them a second time (a '%' fails, a '+' turns into a space), replaces line breaks
 * with spaces (a # comment then swallows the rest of the query) and sends the query as the operation name, so a GET
 * goes on as the POST it stands for ({@link GetRequests});
 * <li>a body: it replaces line breaks with spaces there too, so a body of type application/graphql goes on as JSON, in
 * which a line break of the query is escaped;
 * <li>JSON that only a lenient reader takes (comments, single quotes), which Vert.x reads and SmallRye does not, and a
 * query found by its hash ({@link PersistedQueries}), go on as the strict JSON they stand for.
 * </ul>
 */
final class Bodies {

    private Bodies() {
    }

    /** Replaces the body that was read with this request. */
    static void replace(RoutingContext context, JsonObject request) {
        ((RoutingContextInternal) context).setBody(Buffer.buffer(request.encode()));
    }

    /**
     * Gives a request that has no body (a GET) this one, as if the body handler had read it, so that it can be routed
     * again as a POST.
     */
    static void supply(RoutingContext context, JsonObject request) {
        var internal = (RoutingContextInternal) context;
        internal.setBody(Buffer.buffer(request.encode()));
        internal.visitHandler(RoutingContextInternal.BODY_HANDLER);
    }
}
