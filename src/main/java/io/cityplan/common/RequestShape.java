package io.cityplan.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * What the GraphQL-over-HTTP specification asks of /graphql beyond what SmallRye does: a JSON POST that is not a
 * GraphQL request (a body that is not a JSON object, or whose query, operationName, variables or extensions have the
 * wrong JSON type, as a body or as the parameters of a GET) answers 400, a POST of any other content type than
 * application/json (or SmallRye's
 * application/graphql) 415, both with an error coded BAD_REQUEST;
 * and a client that does not ask for application/graphql-response+json gets application/json.
 */
@ApplicationScoped
public class RequestShape {

    static final String CODE = "BAD_REQUEST";

    private final long maxBody;

    RequestShape(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.maxBody = maxBody.asLongValue();
    }

    void check(@Observes Router router) {
        router.route("/graphql").order(Integer.MIN_VALUE + 1).handler(RequestShape::answerInTheTypeAskedFor);
        // Without file uploads: a multipart body must not write files anywhere before it is refused.
        router.post("/graphql").order(Integer.MIN_VALUE + 2).handler(BodyHandler.create(false).setBodyLimit(maxBody));
        router.post("/graphql").order(Integer.MIN_VALUE + 3).handler(this::refuseMalformed);
        router.get("/graphql").order(Integer.MIN_VALUE + 2).handler(RequestShape::refuseMalformedGet);
    }

    private static void refuseMalformedGet(RoutingContext context) {
        var params = context.queryParams();
        var request = new JsonObject();
        request.put("query", params.get("query"));
        request.put("operationName", params.get("operationName"));
        for (var field : new String[] { "variables", "extensions" }) {
            var value = params.get(field);
            if (value != null) {
                try {
                    request.put(field, Json.decodeValue(value));
                } catch (DecodeException e) {
                    refuse(context, 400, field + " must be a JSON object");
                    return;
                }
            }
        }
        var problem = problem(request);
        if (problem == null) {
            context.next();
        } else {
            refuse(context, 400, problem);
        }
    }

    /**
     * A client that accepts anything, or says nothing, gets application/json, which every client reads; one that asks
     * for application/graphql-response+json gets that.
     */
    private static void answerInTheTypeAskedFor(RoutingContext context) {
        var accept = context.request().getHeader("Accept");
        if (accept == null || !accept.contains("application/graphql-response+json")) {
            context.addHeadersEndHandler(v -> {
                var type = context.response().headers().get("Content-Type");
                if (type != null && type.startsWith("application/graphql-response+json")) {
                    context.response().putHeader("Content-Type", "application/json; charset=UTF-8");
                }
            });
        }
        context.next();
    }

    private void refuseMalformed(RoutingContext context) {
        var type = context.request().getHeader("Content-Type");
        var lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("application/graphql")) {
            context.next();
            return;
        }
        if (!lower.startsWith("application/json")) {
            refuse(context, 415, "send the request as Content-Type: application/json");
            return;
        }
        var problem = problem(context.body().asString());
        if (problem == null) {
            context.next();
            return;
        }
        refuse(context, 400, problem);
    }

    private static void refuse(RoutingContext context, int status, String problem) {
        var error = Map.of("message", problem, "extensions", Map.of("code", CODE));
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }

    /** What is wrong with the body as a GraphQL request, or null when nothing is. */
    static String problem(String body) {
        if (body == null || body.isBlank()) {
            return "the body is empty; send a JSON object with a query";
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(body);
        } catch (DecodeException e) {
            return "the body is not JSON";
        }
        if (!(parsed instanceof JsonObject request)) {
            return "the body must be one JSON object; batches are not supported";
        }
        return problem(request);
    }

    /** What is wrong with the request's fields, or null when nothing is. */
    static String problem(JsonObject request) {
        if (!(request.getValue("query") instanceof String query) || query.isBlank()) {
            return "query must be a string holding a GraphQL document";
        }
        if (request.getValue("operationName") != null && !(request.getValue("operationName") instanceof String)) {
            return "operationName must be a string";
        }
        for (var field : new String[] { "variables", "extensions" }) {
            if (request.getValue(field) != null && !(request.getValue(field) instanceof JsonObject)) {
                return field + " must be a JSON object";
            }
        }
        return null;
    }
}
