package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QueryLimitsTest {

    @Test
    void rejectsAQueryNestedDeeperThanTheLimit() {
        // region → parent, 13 times: 14 levels.
        var deep = "{ region(code: \"130104\") { " + "parent { ".repeat(13) + "code" + " }".repeat(13) + " } }";
        post(deep, Map.of()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void rejectsAnAliasBombAboveTheComplexityLimit() {
        var aliases = IntStream.range(0, 400).mapToObj(i -> "a" + i + ": plans { code }")
                .collect(Collectors.joining(" "));
        post("{ " + aliases + " }", Map.of()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void introspectionAsDeepAsGraphiQLsStillAnswers() {
        var ofType = "ofType { ".repeat(8) + "name" + " }".repeat(8);
        query("{ __schema { types { name fields { name type { kind name " + ofType + " } } } } }")
                .body("data.__schema.types.name", hasItem("Target"));
    }
}
