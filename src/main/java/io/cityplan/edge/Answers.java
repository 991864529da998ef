package io.cityplan.edge;

import java.util.List;
import java.util.Map;

import graphql.language.SourceLocation;
import io.cityplan.common.ApiException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The answers the HTTP edge sends itself, before or instead of GraphQL: each a GraphQL error with a stable code. */
public final class Answers {

    /** What a malformed request is refused with. */
    static final String BAD_REQUEST = "BAD_REQUEST";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private Answers() {
    }

    /** Refuses the request with this status, message and code. */
    public static void refuse(RoutingContext context, int status, String message, String code) {
        var error = Map.of("message", message, "extensions", Map.of("code", code));
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }

    /** Refuses the request with the API's error, with the HTTP status its code stands for. */
    public static void refuse(RoutingContext context, ApiException error) {
        refuse(context, status(error.code()), error.getMessage(), error.code());
    }

    /** The HTTP status of an error answered outside GraphQL: a client's mistake unless the code says otherwise. */
    static int status(String code) {
        return switch (code) {
            case "INTERNAL_ERROR" -> 500;
            case "SERVICE_UNAVAILABLE" -> 503;
            case "TIMEOUT" -> 504;
            default -> 400;
        };
    }

    /** A GraphQL request error: HTTP 400 for a client that reads application/graphql-response+json, else 200. */
    static void requestError(RoutingContext context, String code, String message, SourceLocation location) {
        var error = new JsonObject().put("message", message);
        if (location != null) {
            error.put("locations", List.of(Map.of("line", location.getLine(), "column", location.getColumn())));
        }
        error.put("extensions", Map.of("code", code));
        var modern = acceptsGraphQLResponse(context);
        context.response().setStatusCode(modern ? 400 : 200)
                .putHeader("Content-Type", (modern ? GRAPHQL_RESPONSE : "application/json") + "; charset=UTF-8")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }

    static boolean acceptsGraphQLResponse(RoutingContext context) {
        var accept = context.request().getHeader("Accept");
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }
}
