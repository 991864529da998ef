package io.cityplan.edge;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class QueryLimitsTest {

    @Test
    void rejectsAQueryNestedDeeperThanTheLimit() {
        // region → parent, 13 times: 14 levels.
        var deep = "{ region(code: \"130104\") { " + "parent { ".repeat(13) + "code" + " }".repeat(13) + " } }";
        for (int i = 0; i < 2; i++) { // sent again, it is checked again
            post(deep, Map.of()).statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        }
    }

    @Test
    void rejectsAnAliasBombAboveTheCostLimit() {
        // 2,000 aliases of the plans' codes (31 each): 62,000, over the limit of 50,000 (QueryCostTest).
        var aliases = IntStream.range(0, 2_000).mapToObj(i -> "a" + i + ": plans { code }")
                .collect(Collectors.joining(" "));
        post("{ " + aliases + " }", Map.of()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void rejectsAQueryOfMoreTokensThanTheLimitBeforeRunningIt() {
        // 16,003 tokens in 80 KB: well under the body limit.
        post("{ plans { " + "code ".repeat(16_000) + "} }", Map.of()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"))
                .body("errors[0].message", startsWith("More than 15,000 'grammar' tokens"));
        // Commas are ignored tokens; more than 200,000 of them are refused as well.
        post("{ plans { code " + ",".repeat(210_000) + " } }", Map.of()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
    }

    @Test
    void theStandardIntrospectionQueryIsWellUnderTheTokenLimit() {
        var options = QueryLimits.parserOptions(170);
        var document = Parser.parse(ParserEnvironment.newParserEnvironment()
                .document(IntrospectionQuery.INTROSPECTION_QUERY).parserOptions(options).build());
        assertEquals(1, document.getDefinitionsOfType(OperationDefinition.class).size());
        query(IntrospectionQuery.INTROSPECTION_QUERY)
                .body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void introspectionAsDeepAsGraphiQLsStillAnswers() {
        var ofType = "ofType { ".repeat(8) + "name" + " }".repeat(8);
        query("{ __schema { types { name fields { name type { kind name " + ofType + " } } } } }")
                .body("data.__schema.types.name", hasItem("Target"));
    }

    @Test
    void refusesABodyLargerThanTheLimitBeforeReadingIt() {
        var padding = "x".repeat(300 * 1024);
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ plans { code } }", "variables", Map.of("padding", padding)))
                .when().post("/graphql")
                .then().statusCode(413);
    }
}
