package io.cityplan.edge;

import static graphql.parser.ParserEnvironment.newParserEnvironment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;

import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import io.cityplan.common.CaffeineCaches;
import io.cityplan.common.CityplanConfig;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Parses the query of a request as graphql-java will, with the same limits, before SmallRye sees it: a query that does
 * not parse is answered here with its parser's message and where it failed, coded GRAPHQL_PARSE_FAILED, or
 * QUERY_TOO_LARGE or QUERY_TOO_DEEP past the parser's limits (SmallRye would only say "Unparseable input document");
 * and a mutation sent by GET is refused with 405.
 */
@ApplicationScoped
class QueryDocuments {

    static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    private static final long PARSED_CHARS = 4_000_000;

    private final PersistedQueries persisted;
    private final ParserOptions parserOptions;
    /**
     * The operations of the queries that parsed, by query text, so that a query sent again (as clients do) is not
     * parsed here again; graphql-java keeps its own parsed and validated documents. Bounded by the queries' length.
     */
    private final Cache<String, List<Operation>> parsed = CaffeineCaches.weighed(PARSED_CHARS,
            (String query, List<Operation> operations) -> query.length());

    /** An operation of a query, as far as this class needs it. */
    private record Operation(String name, boolean mutation) {
    }

    QueryDocuments(CityplanConfig config, PersistedQueries persisted) {
        this.persisted = persisted;
        this.parserOptions = QueryLimits.parserOptions(config.limits().maxTokens());
    }

    /**
     * The request a client sent (a JSON body, or the parameters of a GET), with a query sent by its hash looked up
     * ({@link PersistedQueries}), its fields checked and its query parsed; null when it is refused, and the answer is
     * sent.
     */
    JsonObject admit(RoutingContext context, JsonObject sent, boolean get) {
        var resolution = persisted.resolve(sent);
        if (resolution.request() == null) {
            Answers.refuse(context, resolution.status(), resolution.message(), resolution.code());
            return null;
        }
        var request = resolution.request();
        var problem = problem(request);
        if (problem != null) {
            Answers.refuse(context, 400, problem, Answers.BAD_REQUEST);
            return null;
        }
        return admit(context, request.getString("query"), request.getString("operationName"), get) ? request : null;
    }

    /**
     * Whether the query parses and may be sent by this method; when not, the answer is sent and the result is false.
     */
    boolean admit(RoutingContext context, String query, String operationName, boolean get) {
        var operations = parsed.getIfPresent(query);
        if (operations == null) {
            operations = parse(context, query);
            if (operations == null) {
                return false;
            }
            parsed.put(query, operations);
        }
        if (get && selectsMutation(operations, operationName)) {
            context.response().putHeader("Allow", "POST");
            Answers.refuse(context, 405, "a mutation must be sent by POST", METHOD_NOT_ALLOWED);
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
            Answers.requestError(context, QueryLimits.TOO_DEEP, "the query nests too deep to be read", null);
        } catch (ParseCancelledException e) {
            Answers.requestError(context, QueryLimits.TOO_LARGE, e.getMessage(), null);
        } catch (InvalidSyntaxException e) {
            Answers.requestError(context, PARSE_FAILED, e.getMessage(), e.getLocation());
        }
        return null;
    }

    /** Whether the operation the request names (or its only one) is a mutation. */
    private static boolean selectsMutation(List<Operation> operations, String operationName) {
        return operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.name()))
                .anyMatch(Operation::mutation);
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
