package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.cityplan.common.CapturedLog;
import io.cityplan.common.InvalidArgumentException;

/** What a client reads of an error, on a schema of its own: no server, no database. */
class ClientErrorsTest {

    @Test
    void writesParserNodesAsTheirValuesAndDropsMessageIds() {
        assertEquals("argument 'kind' with value 'NOPE' is not a valid 'RegionKind' - 'NOPE'",
                ErrorMessages.clean("argument 'kind' with value 'EnumValue{name='NOPE'}' is not a valid "
                        + "'RegionKind' - 'EnumValue{name='NOPE'}'", ClientErrors.VALIDATION_FAILED));
        assertEquals("argument 'first' with value 'x' is not a valid 'Int' - Can not parse a number from [x]",
                ErrorMessages.clean("argument 'first' with value 'StringValue{value='x'}' is not a valid 'Int' - "
                        + "SRGQL000022: Can not parse a number from [StringValue{value='x'}]",
                        ClientErrors.INVALID_ARGUMENT));
    }

    @Test
    void namesJsonKindsRatherThanJavaTypes() {
        assertEquals("Variable 'c' has an invalid value: Expected a String input, but it was a number",
                ErrorMessages.clean("Variable 'c' has an invalid value: Expected a String input, but it was a "
                        + "'BigDecimal'", ClientErrors.INVALID_VARIABLES));
        assertEquals("Expected a String input, but it was an object",
                ErrorMessages.clean("Expected a String input, but it was a 'LinkedHashMap'",
                        ClientErrors.INVALID_VARIABLES));
    }

    @Test
    void replacesAMessageThatStillNamesAJavaClass() {
        var message = ErrorMessages.clean("argument 'filter' with value 'StringValue{value='{\"targetYear\": "
                + "{\"from\": \"a\"}}'}' is not a valid 'Unknown Scalar Type [io.cityplan.kpi.TargetFilter]'",
                ClientErrors.INVALID_ARGUMENT);
        assertEquals("argument 'filter' has a value that does not fit its type", message);
    }

    @Test
    void givesEveryErrorACode() {
        ExecutionResult result;
        try (var log = CapturedLog.of(Failures.class)) {
            result = execute(Duration.ofSeconds(10), "{ failing unknownFailure }");
            assertEquals(List.of("request none failed"), log.messages(Level.SEVERE));
        }
        assertEquals(2, result.getErrors().size(), result.getErrors().toString());
        var byPath = result.getErrors().stream()
                .collect(Collectors.toMap(e -> e.getPath().get(0), e -> e.toSpecification()));
        assertEquals(Map.of("code", "INVALID_ARGUMENT"), byPath.get("failing").get("extensions"));
        assertEquals("first must be between 0 and 100", byPath.get("failing").get("message"));
        assertEquals(Map.of("code", "INTERNAL_ERROR"), byPath.get("unknownFailure").get("extensions"));
        assertEquals("internal error; it is logged under request id none", byPath.get("unknownFailure").get("message"));
    }

    @Test
    void dropsTheNullThatOnlyRepeatsAnotherError() {
        var result = execute(Duration.ofSeconds(10), "{ required }");
        assertEquals(1, result.getErrors().size(), result.getErrors().toString());
        assertEquals("the value is missing", result.getErrors().get(0).getMessage());
        assertNull(result.getData());
    }

    @Test
    void aValidationErrorHasItsCodeAndNothingElse() {
        var result = execute(Duration.ofSeconds(10), "{ nope }");
        var error = result.getErrors().get(0).toSpecification();
        assertEquals(Map.of("code", ClientErrors.VALIDATION_FAILED), error.get("extensions"));
        assertFalse(result.isDataPresent());
    }

    @Test
    void fieldsThatWouldStartAfterTheExecutionTimeoutAnswerTimeout() {
        var result = execute(Duration.ofMillis(50), "{ slow after }");
        Map<String, Object> data = result.getData();
        assertEquals("slow", data.get("slow"));
        assertNull(data.get("after"));
        var error = result.getErrors().get(0).toSpecification();
        assertEquals(List.of("after"), error.get("path"));
        assertEquals(Map.of("code", "TIMEOUT"), error.get("extensions"));
        assertTrue(((String) error.get("message")).startsWith("the request ran past its execution timeout of 50 ms"),
                error.toString());
    }

    private static ExecutionResult execute(Duration timeout, String query) {
        var types = new SchemaParser().parse(
                "type Query { slow: String after: String failing: String unknownFailure: String required: String! }");
        DataFetcher<String> slow = environment -> {
            Thread.sleep(100);
            return "slow";
        };
        var wiring = RuntimeWiring.newRuntimeWiring().type("Query", type -> type
                .dataFetcher("slow", slow)
                .dataFetcher("after", environment -> "after")
                .dataFetcher("failing", environment -> {
                    throw new InvalidArgumentException("first must be between 0 and 100");
                })
                .dataFetcher("unknownFailure", environment -> {
                    throw new IllegalStateException("a bug");
                })
                .dataFetcher("required", environment -> DataFetcherResult.newResult()
                        .error(GraphqlErrorBuilder.newError(environment).message("the value is missing")
                                .extensions(Map.of("code", "UNKNOWN_CODE")).build())
                        .build()))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring);
        var graphQL = GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(
                List.of(new QueryLimits.Deadline(timeout, new RunningRequests()), new ClientErrors()))).build();
        return graphQL.execute(query);
    }
}
