package io.cityplan.common;

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
 * Refuses a JSON POST to /graphql that is not a GraphQL request before the GraphQL engine reads it: a body that is not
 * a JSON object, or whose query, operationName, variables or extensions have the wrong JSON type, answers 400 with a
 * GraphQL error coded BAD_REQUEST, as the GraphQL-over-HTTP specification asks.
 */
@ApplicationScoped
public class RequestShape {

    static final String CODE = "BAD_REQUEST";

    private final long maxBody;

    RequestShape(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.maxBody = maxBody.asLongValue();
    }

    void check(@Observes Router router) {
        router.post("/graphql").order(Integer.MIN_VALUE + 1).handler(BodyHandler.create().setBodyLimit(maxBody));
        router.post("/graphql").order(Integer.MIN_VALUE + 2).handler(this::refuseMalformed);
    }

    private void refuseMalformed(RoutingContext context) {
        var type = context.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            context.next();
            return;
        }
        var problem = problem(context.body().asString());
        if (problem == null) {
            context.next();
            return;
        }
        var error = Map.of("message", problem, "extensions", Map.of("code", CODE));
        context.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                .end(Json.encode(Map.of("errors", java.util.List.of(error))));
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
