package io.cityplan.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.cityplan.common.CityplanConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Queries sent as {@code GET /graphql?query=...&variables=...}, so that their answers can be cached: each is checked as
 * a POST is ({@link RequestShape}), a mutation is refused with 405, and the request goes on as the POST it stands for,
 * since SmallRye GraphQL reads a GET's parameters wrongly ({@link Bodies}). A GET query answered with data and no
 * errors may be kept by shared caches for {@code cityplan.http.cache-max-age}; nothing else may.
 */
@ApplicationScoped
class GetRequests {

    /** Set on a GET request once checked, as it goes on as a POST. */
    static final String FROM_GET = "cityplan.from-get";

    private final QueryDocuments documents;
    private final long cacheMaxAge;

    GetRequests(QueryDocuments documents, CityplanConfig config) {
        this.documents = documents;
        this.cacheMaxAge = config.http().cacheMaxAge().toSeconds();
    }

    void route(@Observes Router router) {
        router.get("/graphql").order(Integer.MIN_VALUE + 2).handler(this::asPost);
    }

    private void asPost(RoutingContext context) {
        if (isWebSocketHandshake(context)) {
            context.next(); // a subscription's connection (graphql-transport-ws), which SmallRye GraphQL serves
            return;
        }
        context.addHeadersEndHandler(v -> cacheIfClean(context));
        var params = context.queryParams();
        var request = new JsonObject();
        request.put("query", params.get("query"));
        if (params.get("operationName") != null) {
            request.put("operationName", params.get("operationName"));
        }
        for (var field : new String[] { "variables", "extensions" }) {
            var value = params.get(field);
            if (value != null) {
                try {
                    request.put(field, Json.decodeValue(value));
                } catch (DecodeException e) {
                    Answers.refuse(context, 400, field + " must be a JSON object", Answers.BAD_REQUEST);
                    return;
                }
            }
        }
        request = documents.admit(context, request, true);
        if (request != null) {
            context.put(FROM_GET, Boolean.TRUE);
            Bodies.supply(context, request);
            context.reroute(HttpMethod.POST, "/graphql");
        }
    }

    /** Whether the request opens a WebSocket (RFC 6455: an upgrade to websocket with its key). */
    static boolean isWebSocketHandshake(RoutingContext context) {
        var request = context.request();
        return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                && request.getHeader("Sec-WebSocket-Key") != null;
    }

    /**
     * A GET query answered with data and no errors may be kept by shared caches, keyed also on what the answer depends
     * on besides the URL: the media type, the language and the CORS origin. Anything else is kept by none.
     */
    void cacheIfClean(RoutingContext context) {
        var response = context.response();
        if (cacheMaxAge > 0 && response.getStatusCode() == 200
                && Boolean.TRUE.equals(context.get(ClientErrors.CLEAN))) {
            response.putHeader("Cache-Control", "public, max-age=" + cacheMaxAge);
            response.headers().add("Vary", "Accept, Accept-Language, Origin");
        } else {
            response.putHeader("Cache-Control", "no-store");
        }
    }
}
