package io.cityplan.edge;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.regex.Pattern;

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
 * What the GraphQL-over-HTTP specification asks of POST /graphql beyond what SmallRye does:
 * <ul>
 * <li>a JSON POST that is not a GraphQL request (a body that is not a JSON object, or whose query, operationName,
 * variables or extensions have the wrong JSON type) answers 400, a POST of any other content type than
 * application/json (or SmallRye's application/graphql) 415, both coded BAD_REQUEST;
 * <li>a query that does not parse is answered here ({@link QueryDocuments});
 * <li>a request error (nothing parsed, validated or executed, so the response has no data) answers 400 to a client
 * that asks for application/graphql-response+json, and 200 to one that takes application/json;
 * <li>a client that does not ask for application/graphql-response+json gets application/json;
 * <li>a query sent by its hash is looked up ({@link PersistedQueries}) before anything else is checked.
 * </ul>
 * GET requests are checked alike by {@link GetRequests}.
 */
@ApplicationScoped
class RequestShape {

    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^;\"\\s]*)");
    /** What only a lenient JSON reader takes: a comment (slash-star or slash-slash) or a single-quoted string. */
    private static final Pattern NOT_STRICT_JSON = Pattern.compile("/[*/]|'");

    private final long maxBody;
    private final boolean fileUploads;
    private final QueryDocuments documents;
    private final GetRequests gets;

    RequestShape(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            @ConfigProperty(name = "quarkus.http.body.handle-file-uploads") boolean fileUploads,
            QueryDocuments documents, GetRequests gets) {
        this.maxBody = maxBody.asLongValue();
        this.fileUploads = fileUploads;
        this.documents = documents;
        this.gets = gets;
    }

    void check(@Observes Router router) {
        router.route("/graphql").order(Integer.MIN_VALUE + 1).handler(RequestShape::answerInTheTypeAskedFor);
        // The body is read here, before SmallRye's route, whose own body handler (Quarkus', configured by
        // quarkus.http.body.*) is part of that route and runs only with it; this one follows the same settings.
        router.post("/graphql").order(Integer.MIN_VALUE + 2)
                .handler(BodyHandler.create(fileUploads).setBodyLimit(maxBody));
        router.post("/graphql").order(Integer.MIN_VALUE + 3).handler(this::refuseMalformed);
    }

    /**
     * A client that accepts anything, or says nothing, gets application/json, which every client reads; one that asks
     * for application/graphql-response+json gets that.
     */
    private static void answerInTheTypeAskedFor(RoutingContext context) {
        var response = context.response();
        if (Answers.acceptsGraphQLResponse(context)) {
            context.addHeadersEndHandler(v -> {
                if (Boolean.TRUE.equals(context.get(ClientErrors.REQUEST_ERROR)) && response.getStatusCode() == 200) {
                    response.setStatusCode(400).setStatusMessage("Bad Request");
                }
            });
        } else {
            context.addHeadersEndHandler(v -> {
                var type = response.headers().get("Content-Type");
                if (type != null && type.startsWith(Answers.GRAPHQL_RESPONSE)) {
                    response.putHeader("Content-Type", "application/json; charset=UTF-8");
                }
            });
        }
        context.next();
    }

    private void refuseMalformed(RoutingContext context) {
        if (Boolean.TRUE.equals(context.get(GetRequests.FROM_GET))) {
            context.addHeadersEndHandler(v -> gets.cacheIfClean(context));
            context.next();
            return;
        }
        var type = context.request().getHeader("Content-Type");
        var lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        var charset = CHARSET.matcher(lower);
        if (charset.find() && !supported(charset.group(1))) {
            refuse(context, 415, "send the request in UTF-8 (charset=utf-8); " + charset.group(1) + " is no charset");
            return;
        }
        if (lower.startsWith("application/graphql")) {
            var query = context.body().asString();
            if (query == null || query.isBlank()) {
                refuse(context, 400, "the body is empty; send a GraphQL document");
                return;
            }
            if (documents.admit(context, query, null, false)) {
                context.request().headers().set("Content-Type", "application/json");
                Bodies.replace(context, new JsonObject().put("query", query));
                context.next();
            }
            return;
        }
        if (!lower.startsWith("application/json")) {
            refuse(context, 415, "send the request as Content-Type: application/json");
            return;
        }
        checkJson(context);
    }

    private void checkJson(RoutingContext context) {
        var body = context.body().asString();
        var decoded = Decoded.from(body);
        if (decoded.problem() != null) {
            refuse(context, 400, decoded.problem());
            return;
        }
        var request = documents.admit(context, decoded.request(), false);
        if (request != null) {
            if (request != decoded.request() || NOT_STRICT_JSON.matcher(body).find()) {
                // A query found by its hash goes on in the body; and Vert.x reads comments and single quotes in JSON,
                // SmallRye does not: it gets the JSON they stand for.
                Bodies.replace(context, request);
            }
            context.next();
        }
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext context, int status, String problem) {
        Answers.refuse(context, status, problem, Answers.BAD_REQUEST);
    }

    /**
     * The body read as a JSON object, or what is wrong with it; its fields are checked by
     * {@link QueryDocuments#problem}.
     */
    record Decoded(JsonObject request, String problem) {

        static Decoded from(String body) {
            if (body == null || body.isBlank()) {
                return new Decoded(null, "the body is empty; send a JSON object with a query");
            }
            Object parsed;
            try {
                parsed = Json.decodeValue(body);
            } catch (DecodeException e) {
                return new Decoded(null, "the body is not JSON");
            }
            if (!(parsed instanceof JsonObject request)) {
                return new Decoded(null, "the body must be one JSON object; batches are not supported");
            }
            return new Decoded(request, null);
        }
    }
}
