package io.cityplan.common;

import static graphql.parser.ParserEnvironment.newParserEnvironment;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;

import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * What the GraphQL-over-HTTP specification asks of /graphql beyond what SmallRye does:
 * <ul>
 * <li>a JSON POST that is not a GraphQL request (a body that is not a JSON object, or whose query, operationName,
 * variables or extensions have the wrong JSON type, as a body or as the parameters of a GET) answers 400, a POST of any
 * other content type than application/json (or SmallRye's application/graphql) 415, both coded BAD_REQUEST;
 * <li>a query that does not parse is answered here, coded GRAPHQL_PARSE_FAILED, or QUERY_TOO_LARGE or QUERY_TOO_DEEP
 * past the parser's limits (SmallRye would only say "Unparseable input document"); a mutation sent by GET answers
 * 405;
 * <li>a request error (nothing parsed, validated or executed, so the response has no data) answers 400 to a client
 * that asks for application/graphql-response+json, and 200 to one that takes application/json;
 * <li>a GET query answered without errors may be cached for cityplan.http.cache-max-age; nothing else may;
 * <li>a client that does not ask for application/graphql-response+json gets application/json;
 * <li>a query sent by its hash is looked up ({@link PersistedQueries}) before anything else is checked.
 * </ul>
 */
@ApplicationScoped
public class RequestShape {

    static final String CODE = "BAD_REQUEST";
    static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    /** Set on the routing context by {@link ClientErrors} when a response has no data. */
    static final String REQUEST_ERROR = "cityplan.request-error";
    /** Set on a GET request once checked, as it goes on as a POST. */
    private static final String FROM_GET = "cityplan.from-get";
    /** Set on the routing context by {@link ClientErrors} when a response has data and no errors. */
    static final String CLEAN = "cityplan.clean";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^;\"\\s]*)");
    /** What only a lenient JSON reader takes: a comment (slash-star or slash-slash) or a single-quoted string. */
    private static final Pattern NOT_STRICT_JSON = Pattern.compile("/[*/]|'");

    private final long maxBody;
    private final PersistedQueries persisted;
    private final ParserOptions parserOptions;
    private final long cacheMaxAge;
    /**
     * The operations of the queries that parsed, by query text, so that a query sent again (as clients do) is not
     * parsed here again; graphql-java keeps its own parsed and validated documents. Bounded by the queries' length.
     */
    private final Cache<String, List<Operation>> parsed = CaffeineCaches.weighed(PARSED_CHARS,
            (String query, List<Operation> operations) -> query.length());
    private static final long PARSED_CHARS = 4_000_000;

    /** An operation of a query, as far as this class needs it. */
    private record Operation(String name, boolean mutation) {
    }

    RequestShape(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            CityplanConfig config, PersistedQueries persisted) {
        this.maxBody = maxBody.asLongValue();
        this.persisted = persisted;
        this.parserOptions = QueryLimits.parserOptions(config.limits().maxTokens());
        this.cacheMaxAge = config.http().cacheMaxAge().toSeconds();
    }

    void check(@Observes Router router) {
        router.route("/graphql").order(Integer.MIN_VALUE + 1).handler(RequestShape::answerInTheTypeAskedFor);
        // Without file uploads: a multipart body must not write files anywhere before it is refused.
        router.post("/graphql").order(Integer.MIN_VALUE + 2).handler(BodyHandler.create(false).setBodyLimit(maxBody));
        router.post("/graphql").order(Integer.MIN_VALUE + 3).handler(this::refuseMalformed);
        router.get("/graphql").order(Integer.MIN_VALUE + 2).handler(this::refuseMalformedGet);
    }

    private void refuseMalformedGet(RoutingContext context) {
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
                    refuse(context, 400, field + " must be a JSON object");
                    return;
                }
            }
        }
        var resolution = persisted.resolve(request);
        if (resolution.request() == null) {
            refuse(context, resolution.status(), resolution.message(), resolution.code());
            return;
        }
        request = resolution.request();
        var problem = problem(request);
        if (problem != null) {
            refuse(context, 400, problem);
        } else if (parses(context, request.getString("query"), request.getString("operationName"), true)) {
            // SmallRye 2.17 reads GET parameters wrongly: it decodes them twice (a '%' fails, a '+' turns into a
            // space), drops line breaks (a # comment swallows the rest) and sends the query as the operation name. So
            // the request goes on as the POST it stands for, which SmallRye reads right.
            context.put(FROM_GET, Boolean.TRUE);
            var internal = (RoutingContextInternal) context;
            internal.setBody(Buffer.buffer(request.encode()));
            internal.visitHandler(RoutingContextInternal.BODY_HANDLER);
            context.reroute(HttpMethod.POST, "/graphql");
        }
    }

    /**
     * A client that accepts anything, or says nothing, gets application/json, which every client reads; one that asks
     * for application/graphql-response+json gets that.
     */
    private static void answerInTheTypeAskedFor(RoutingContext context) {
        var response = context.response();
        if (acceptsGraphQLResponse(context)) {
            context.addHeadersEndHandler(v -> {
                if (Boolean.TRUE.equals(context.get(REQUEST_ERROR)) && response.getStatusCode() == 200) {
                    response.setStatusCode(400).setStatusMessage("Bad Request");
                }
            });
        } else {
            context.addHeadersEndHandler(v -> {
                var type = response.headers().get("Content-Type");
                if (type != null && type.startsWith(GRAPHQL_RESPONSE)) {
                    response.putHeader("Content-Type", "application/json; charset=UTF-8");
                }
            });
        }
        context.next();
    }

    private void refuseMalformed(RoutingContext context) {
        if (Boolean.TRUE.equals(context.get(FROM_GET))) {
            context.addHeadersEndHandler(v -> cacheIfClean(context));
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
            // SmallRye drops the line breaks of such a body, so that a # comment swallows the rest: it gets JSON.
            var query = context.body().asString();
            if (query == null || query.isBlank()) {
                refuse(context, 400, "the body is empty; send a GraphQL document");
                return;
            }
            if (parses(context, query, null, false)) {
                context.request().headers().set("Content-Type", "application/json");
                ((RoutingContextInternal) context)
                        .setBody(Buffer.buffer(new JsonObject().put("query", query).encode()));
                context.next();
            }
            return;
        }
        if (!lower.startsWith("application/json")) {
            refuse(context, 415, "send the request as Content-Type: application/json");
            return;
        }
        var body = context.body().asString();
        var decoded = Decoded.from(body);
        if (decoded.problem() != null) {
            refuse(context, 400, decoded.problem());
            return;
        }
        var resolution = persisted.resolve(decoded.request());
        if (resolution.request() == null) {
            refuse(context, resolution.status(), resolution.message(), resolution.code());
            return;
        }
        var request = resolution.request();
        var problem = problem(request);
        if (problem != null) {
            refuse(context, 400, problem);
            return;
        }
        if (parses(context, request.getString("query"), request.getString("operationName"), false)) {
            if (request != decoded.request() || NOT_STRICT_JSON.matcher(body).find()) {
                // A query found by its hash goes on in the body; and Vert.x reads comments and single quotes in JSON,
                // SmallRye does not: it gets the JSON they stand for.
                ((RoutingContextInternal) context).setBody(Buffer.buffer(request.encode()));
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

    /**
     * Parses the query as graphql-java will, with the same limits: one that does not parse is answered here with its
     * parser's message and where it failed, and a mutation sent by GET is refused; either way the answer is sent and
     * the result is false.
     */
    private boolean parses(RoutingContext context, String query, String operationName, boolean get) {
        var operations = query == null ? null : parsed.getIfPresent(query);
        if (operations == null) {
            operations = parse(context, query);
            if (operations == null) {
                return false;
            }
            if (query != null) {
                parsed.put(query, operations);
            }
        }
        if (get && selectsMutation(operations, operationName)) {
            context.response().putHeader("Allow", "POST");
            refuse(context, 405, "a mutation must be sent by POST", METHOD_NOT_ALLOWED);
            return false;
        }
        return true;
    }

    /** The operations of the query, or null when it does not parse (and the answer is sent). */
    private List<Operation> parse(RoutingContext context, String query) {
        try {
            return Parser.parse(newParserEnvironment().document(query).parserOptions(parserOptions).build())
                    .getDefinitionsOfType(OperationDefinition.class).stream()
                    .map(o -> new Operation(o.getName(), o.getOperation() == OperationDefinition.Operation.MUTATION))
                    .toList();
        } catch (ParseCancelledTooDeepException e) {
            answerRequestError(context, QueryLimits.TOO_DEEP, "the query nests too deep to be read", null);
        } catch (ParseCancelledException e) {
            answerRequestError(context, QueryLimits.TOO_LARGE, e.getMessage(), null);
        } catch (InvalidSyntaxException e) {
            answerRequestError(context, PARSE_FAILED, e.getMessage(), e.getLocation());
        }
        return null;
    }

    /**
     * A GET query answered with data and no errors may be kept by shared caches, keyed also on what the answer depends
     * on besides the URL: the media type, the language and the CORS origin. Anything else is kept by none.
     */
    private void cacheIfClean(RoutingContext context) {
        var response = context.response();
        if (cacheMaxAge > 0 && response.getStatusCode() == 200 && Boolean.TRUE.equals(context.get(CLEAN))) {
            response.putHeader("Cache-Control", "public, max-age=" + cacheMaxAge);
            response.headers().add("Vary", "Accept, Accept-Language, Origin");
        } else {
            response.putHeader("Cache-Control", "no-store");
        }
    }

    /** Whether the operation the request names (or its only one) is a mutation. */
    private static boolean selectsMutation(List<Operation> operations, String operationName) {
        return operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.name()))
                .anyMatch(Operation::mutation);
    }

    /** A GraphQL request error: HTTP 400 for a client that reads application/graphql-response+json, else 200. */
    private static void answerRequestError(RoutingContext context, String code, String message,
            SourceLocation location) {
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

    private static boolean acceptsGraphQLResponse(RoutingContext context) {
        var accept = context.request().getHeader("Accept");
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }

    private static void refuse(RoutingContext context, int status, String problem) {
        refuse(context, status, problem, CODE);
    }

    public static void refuse(RoutingContext context, int status, String problem, String code) {
        var error = Map.of("message", problem, "extensions", Map.of("code", code));
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }

    /** The body read as a JSON object, or what is wrong with it; its fields are checked by {@link #problem}. */
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
