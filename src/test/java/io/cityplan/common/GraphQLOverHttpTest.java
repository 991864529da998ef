package io.cityplan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

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
}
