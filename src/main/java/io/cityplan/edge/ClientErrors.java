package io.cityplan.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.validation.ConstraintViolationException;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorHelper;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.UnknownOperationException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection.BadFaithIntrospectionError;
import graphql.language.SourceLocation;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import io.quarkus.logging.Log;
import io.smallrye.graphql.validation.BeanValidationError;

/**
 * The last word on every error of a GraphQL response: each leaves with a stable {@code extensions.code} and nothing
 * else in its extensions but, for a mutation's input, the field at fault ({@code extensions.field}), and with a message
 * that names no Java class, parser node or SmallRye message id. An error
 * that only repeats another (a non-null field left null by an error already reported) is dropped. A response without
 * data (the request failed validation or its variables did not fit) is marked as a request error, which
 * {@link RequestShape} answers with HTTP 400 to a client that asks for application/graphql-response+json; one with data
 * and no errors is marked clean, which lets a GET answer be cached.
 */
final class ClientErrors extends SimplePerformantInstrumentation {

    static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    static final String INVALID_VARIABLES = "INVALID_VARIABLES";
    static final String INVALID_ARGUMENT = "INVALID_ARGUMENT";
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** graphql-java's own bound on introspection: a field such as __Type.fields repeated, or nested too deep. */
    static final String INTROSPECTION_TOO_LARGE = "INTROSPECTION_TOO_LARGE";
    /** Set on the routing context when a response has no data: a request error, which may answer HTTP 400. */
    static final String REQUEST_ERROR = "cityplan.request-error";
    /** Set on the routing context when a response has data and no errors, which lets a GET answer be cached. */
    static final String CLEAN = "cityplan.clean";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            if (result.isDataPresent()) {
                mark(CLEAN);
            }
            return CompletableFuture.completedFuture(result);
        }
        if (!result.isDataPresent()) {
            mark(REQUEST_ERROR);
        }
        var errors = new ArrayList<GraphQLError>();
        for (var error : result.getErrors()) {
            if (!repeats(error, result.getErrors())) {
                errors.add(shape(error, result.isDataPresent()));
            }
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    /** The error as a client gets it: its code, a clean message, and where it happened. */
    static GraphQLError shape(GraphQLError error, boolean dataPresent) {
        var cause = cause(error);
        String code;
        String message;
        String field = null;
        if (cause != null && !isArgument(cause)) {
            var failure = Failures.of(cause, RequestIds.current());
            code = failure.code();
            message = failure.getMessage();
            field = failure.field();
        } else {
            code = code(error, dataPresent);
            // SmallRye's scalars say what they could not read in the exception; other errors say it themselves.
            var raw = cause instanceof ConstraintViolationException || cause == null ? error.getMessage()
                    : cause.getMessage();
            message = INTERNAL_ERROR.equals(code) ? internal(error) : ErrorMessages.clean(raw, code);
        }
        var locations = error.getLocations() == null || error.getLocations().isEmpty() ? null : error.getLocations();
        var type = switch (code) {
            case VALIDATION_FAILED, INVALID_VARIABLES, INVALID_ARGUMENT -> ErrorType.ValidationError;
            default -> ErrorType.DataFetchingException;
        };
        return new Shaped(message, locations, dataPresent ? path(error) : null, type, code, field);
    }

    /**
     * The stable code of an error that no exception of a resolver explains: from its own extensions (the query
     * limits'), or from what kind of error graphql-java or SmallRye says it is.
     */
    static String code(GraphQLError error, boolean dataPresent) {
        if (error.getExtensions() != null && error.getExtensions().get("code") instanceof String code) {
            return code;
        }
        if (error instanceof BeanValidationError || isArgument(cause(error))) {
            return INVALID_ARGUMENT;
        }
        if (error instanceof BadFaithIntrospectionError) {
            return INTROSPECTION_TOO_LARGE;
        }
        if (error instanceof ValidationError) {
            // Before execution, the document failed the schema's rules; during it, SmallRye could not read an
            // argument's value into its input type.
            return dataPresent ? INVALID_ARGUMENT : VALIDATION_FAILED;
        }
        if (error instanceof UnknownOperationException || isA(error, ErrorType.OperationNotSupported)) {
            return VALIDATION_FAILED;
        }
        if (!dataPresent && isA(error, ErrorType.ValidationError)) {
            // graphql-java reports a variable whose value does not fit its declared type as a validation error.
            return INVALID_VARIABLES;
        }
        return INTERNAL_ERROR;
    }

    /**
     * An argument that did not fit: a value SmallRye's scalars could not read (1.5 for an Int given by a variable),
     * or one that Bean Validation refused.
     */
    private static boolean isArgument(Throwable cause) {
        return cause instanceof CoercingParseLiteralException || cause instanceof CoercingParseValueException
                || cause instanceof ConstraintViolationException;
    }

    /** The exception a resolver threw, for an error that reports one. */
    private static Throwable cause(GraphQLError error) {
        return error instanceof ExceptionWhileDataFetching fetching ? fetching.getException() : null;
    }

    /** Logs an error graphql-java reported of its own, with no exception behind it, and says where it is logged. */
    private static String internal(GraphQLError error) {
        var id = RequestIds.current();
        Log.errorf("request %s: GraphQL reported an error of its own: %s", id, error.getMessage());
        return "internal error; it is logged under request id " + id;
    }

    private static boolean isA(GraphQLError error, ErrorClassification classification) {
        return classification.equals(error.getErrorType());
    }

    /**
     * Where in the data an error belongs; SmallRye keeps it apart for an argument it could not read. (Without data, a
     * validation error's path is in the query, not the response, and is left out.)
     */
    private static List<Object> path(GraphQLError error) {
        if (error.getPath() == null && error instanceof ValidationError validation
                && validation.getQueryPath() != null && !validation.getQueryPath().isEmpty()) {
            return List.copyOf(validation.getQueryPath());
        }
        return error.getPath();
    }

    /** Whether an error only reports a null that another error, at or under its path, already explains. */
    private static boolean repeats(GraphQLError error, List<GraphQLError> all) {
        if (!(error instanceof NonNullableFieldWasNullError) || error.getPath() == null) {
            return false;
        }
        var path = error.getPath();
        for (var other : all) {
            var at = other == error ? null : path(other);
            if (at != null && at.size() >= path.size() && at.subList(0, path.size()).equals(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An error as a client gets it; the client sees its code alone. Its classification is for the server: Quarkus'
     * SmallRye GraphQL handler (Quarkus 3.34.1) answers HTTP 500, without a body, to a response with data and an error
     * classified ExecutionAborted, so no error is ever classified so
     * ({@code SmallRyeHttpCanaryTest.answers500ToAnAbortedExecutionBesideData} fails once that changes).
     */
    private record Shaped(String message, List<SourceLocation> locations, List<Object> path,
            ErrorClassification type, String code, String field) implements GraphQLError {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        @Override
        public ErrorClassification getErrorType() {
            return type;
        }

        @Override
        public List<Object> getPath() {
            return path;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return field == null ? Map.of("code", code) : Map.of("code", code, "field", field);
        }

        @Override
        public Map<String, Object> toSpecification() {
            var specification = new LinkedHashMap<String, Object>();
            specification.put("message", message);
            if (locations != null) {
                specification.put("locations", GraphqlErrorHelper.locations(locations));
            }
            if (path != null) {
                specification.put("path", path);
            }
            specification.put("extensions", getExtensions());
            return specification;
        }
    }

    /**
     * Marks the request being answered, when there is one, for {@link RequestShape}: refused before execution, or
     * answered cleanly. Where the request cannot be reached, nothing is marked, and its answer is not cached.
     */
    private static void mark(String what) {
        var request = RequestIds.currentRequest();
        if (request != null) {
            request.put(what, Boolean.TRUE);
        }
    }
}
