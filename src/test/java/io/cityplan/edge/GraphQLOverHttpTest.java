package io.cityplan.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The GraphQL-over-HTTP specification, where SmallRye leaves it to the application. */
@QuarkusTest
class GraphQLOverHttpTest {

    @Test
    void answersAQuerySentAsGet() {
        given().queryParam("query", "query Plan($p: String!) { plan(code: $p) { code } }")
                .queryParam("variables", "{\"p\":\"sjz-capital-plan-2021\"}")
                .when().get("/graphql")
                .then().statusCode(200)
                .body("data.plan.code", equalTo("sjz-capital-plan-2021"));
    }

    @Test
    void answersInTheMediaTypeTheClientAsksFor() {
        var body = Map.of("query", "{ plans { code } }");
        given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().contentType(ContentType.JSON).accept("application/graphql-response+json").body(body)
                .when().post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/graphql-response+json"));
    }

    @Test
    void refusesABodyThatIsNotOneGraphQLRequestWith400() {
        for (var body : new String[] { "[{\"query\":\"{ plans { code } }\"}]", "{\"query\":1}", "not json",
                "{\"query\":\"{ plans { code } }\",\"variables\":\"x\"}" }) {
            given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void refusesAGetWithoutAQueryOrWithBrokenVariablesWith400() {
        given().when().get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().queryParam("query", "{ plans { code } }").queryParam("variables", "{").when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void refusesAnotherContentTypeWith415() {
        given().contentType("text/plain").body("{\"query\":\"{ plans { code } }\"}").when().post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void answersARequestErrorWith400WhenAskedForGraphQLResponseJsonAnd200Otherwise() {
        var cases = Map.of("{ plans { code }", "GRAPHQL_PARSE_FAILED", "{ nope }", "GRAPHQL_VALIDATION_FAILED",
                "query($c: String!) { region(code: $c) { code } }", "INVALID_VARIABLES");
        cases.forEach((query, code) -> {
            var body = Map.of("query", query, "variables", Map.of("c", 1));
            given().contentType(ContentType.JSON).accept("application/graphql-response+json").body(body)
                    .when().post("/graphql")
                    .then().statusCode(400).contentType(startsWith("application/graphql-response+json"))
                    .body("data", nullValue())
                    .body("errors[0].path", nullValue())
                    .body("errors[0].extensions.code", equalTo(code));
            given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                    .then().statusCode(200).contentType(startsWith("application/json"))
                    .body("errors[0].extensions.code", equalTo(code));
        });
    }

    @Test
    void saysWhereAQueryFailsToParse() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ plans { code }")).when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].message", equalTo("Invalid syntax with offending token '<EOF>' at line 1 column 17"))
                .body("errors[0].locations[0].line", equalTo(1))
                .body("errors[0].locations[0].column", equalTo(17));
    }

    @Test
    void keeps200ForAnErrorBesideData() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ plans { code } region(code: \"a b\") { code } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.plans[0].code", equalTo("sjz-capital-plan-2021"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void refusesAMutationSentAsGetWith405() {
        given().queryParam("query", "mutation { plans { code } }").when().get("/graphql")
                .then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        // The query A is not refused for the mutation beside it; the schema has no mutations, so it fails validation.
        given().queryParam("query", "query A { plans { code } } mutation B { plans { code } }")
                .queryParam("operationName", "A").when().get("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void readsAGetRequestExactlyAsSent() {
        // An operation chosen by name, a comment that ends at its line break, and string values with '%' and '+'.
        given().queryParam("query", "# the plan's code\nquery A { plans { code } } query B { regions { code } }")
                .queryParam("operationName", "A")
                .when().get("/graphql")
                .then().statusCode(200).body("data.plans[0].code", equalTo("sjz-capital-plan-2021"))
                .body("data.regions", nullValue());
        for (var text : new String[] { "100%", "a+b", "%E9%87%91" }) {
            given().queryParam("query", "query($t: String!) { search(text: $t) { totalCount } }")
                    .queryParam("variables", "{\"t\":\"" + text + "\"}")
                    .when().get("/graphql")
                    .then().statusCode(200).body("data.search.totalCount", equalTo(0));
        }
        given().queryParam("query", "query($t: String!) { search(text: $t) { totalCount } }")
                .queryParam("variables", "{\"t\":\"金融\"}")
                .when().get("/graphql")
                .then().statusCode(200).body("data.search.totalCount", greaterThan(0));
    }

    @Test
    void readsAnApplicationGraphqlBodyWithItsLineBreaks() {
        given().contentType("application/graphql")
                .body("# a comment\n{ plans { code } }".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql")
                .then().statusCode(200).body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
    }

    @Test
    void letsCachesKeepACleanGetAnswerAndNothingElse() {
        given().queryParam("query", "{ plans { code } }").when().get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .header("Vary", containsString("Accept-Language"))
                .header("Vary", containsString("Origin"));
        given().queryParam("query", "{ plans { code } region(code: \"a b\") { code } }").when().get("/graphql")
                .then().statusCode(200).header("Cache-Control", "no-store");
        given().queryParam("query", "{ nope }").when().get("/graphql")
                .then().header("Cache-Control", "no-store");
        given().contentType(ContentType.JSON).body(Map.of("query", "{ plans { code } }")).when().post("/graphql")
                .then().statusCode(200).header("Cache-Control", nullValue());
    }
}
