package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Every documented example query against the packaged application (the jar, or the native executable in a -Dnative
 * build): it answers with data, no errors and its cost. ExamplesTest also counts its SQL statements.
 */
@QuarkusIntegrationTest
class ExamplesIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cityplan.common.ExamplesTest#examples")
    void answersWithoutErrors(String example) throws IOException {
        var document = GraphQLClient.resource(example);
        Map<String, Object> variables = example.equals(ExamplesTest.EXPLORER_EXAMPLE)
                ? new HashMap<>(new ObjectMapper().readValue(GraphQLClient.resource("explorer/example-variables.json"),
                        new TypeReference<Map<String, Object>>() {
                        }))
                : ExamplesTest.variables(document);
        query(document, variables).body("data", notNullValue()).body("extensions.cost.requested", greaterThan(0));
    }
}
