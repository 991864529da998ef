package io.cityplan.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Mistakes a client makes that once answered INTERNAL_ERROR, HTTP 500 or an error without a code. */
@QuarkusTest
class ClientMistakesTest {

    private static final String TARGETS = "query($f: TargetFilter) { targets(filter: $f) { totalCount } }";

    @Inject
    GraphQLSchema schema;

    @TestHTTPResource("/graphql")
    URI graphql;

    private static ValidatableResponse post(String contentType, String body) {
        return given().contentType(contentType).body(body).when().post("/graphql").then().log().ifValidationFails();
    }

    private static ValidatableResponse json(String body) {
        return post("application/json", body);
    }

    @Test
    void aNulCharacterInACodeOrAnIdIsNoMatch() {
        json("{\"query\":\"" + TARGETS + "\",\"variables\":{\"f\":{\"indicators\":[\"gd\\u0000p\"]}}}").statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNKNOWN_CODE"));
        json("{\"query\":\"query($id: ID!) { node(id: $id) { id } }\",\"variables\":{\"id\":\"UmVnaW9u\\u0000\"}}")
                .statusCode(200).body("errors[0].extensions.code", equalTo("INVALID_ID"));
    }

    @Test
    void aNullInAFilterListIsAnInvalidArgumentOfThatFieldAndTheRestAnswers() {
        var query = "query($f: TargetFilter) { plans { code } targets(filter: $f) { totalCount } "
                + "targetStats(filter: $f) { total } milestones(filter: $f) { totalCount } }";
        for (var list : new String[] { "indicators", "categories", "comparators", "statuses", "and", "or" }) {
            json("{\"query\":\"" + query + "\",\"variables\":{\"f\":{\"" + list + "\":[null]}}}").statusCode(200)
                    .body("data.plans[0].code", equalTo("sjz-capital-plan-2021"))
                    .body("data.targets", nullValue()).body("data.targetStats", nullValue())
                    .body("data.milestones", nullValue())
                    .body("errors.extensions.code", everyItem(equalTo("INVALID_ARGUMENT")))
                    .body("errors.path.flatten()", containsInAnyOrder("targets", "targetStats", "milestones"))
                    .body("errors[0].message", equalTo("filter." + list + " holds a null item (at 0); leave the list "
                            + "out, or the item"));
        }
        for (var list : new String[] { "indicators", "categories", "kinds", "and", "or" }) {
            json("{\"query\":\"query($f: ObservationFilter) { plans { code } observations(filter: $f) { totalCount } }\","
                    + "\"variables\":{\"f\":{\"" + list + "\":[null]}}}").statusCode(200)
                    .body("data.plans[0].code", equalTo("sjz-capital-plan-2021"))
                    .body("data.observations", nullValue())
                    .body("errors[0].path", equalTo(java.util.List.of("observations")))
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        }
    }

    @Test
    void aStringForAnIntVariableIsAnInvalidVariable() {
        json("{\"query\":\"query($n: Int) { plan(code: \\\"sjz-capital-plan-2021\\\") { tasks(first: $n) { totalCount } } }\","
                + "\"variables\":{\"n\":\"abc\"}}").statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_VARIABLES"))
                .body("errors[0].message", equalTo("tasks(first:) takes an Int, not the string \"abc\""));
        json("{\"query\":\"" + TARGETS + "\",\"variables\":{\"f\":{\"task\":\"x\"}}}").statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_VARIABLES"));
    }

    @Test
    void aNumberThatIsNoIntForAnIntVariableIsAnInvalidVariable() {
        var tasks = "{\"query\":\"query($n: Int) { plan(code: \\\"sjz-capital-plan-2021\\\") { tasks(first: $n) "
                + "{ totalCount } } }\",\"variables\":{\"n\":%s}}";
        for (var number : new String[] { "1.5", "10000000000", "-2147483649" }) {
            json(tasks.formatted(number)).statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("INVALID_VARIABLES"))
                    .body("errors[0].message", startsWith("tasks(first:) takes an Int (a whole number of 32 bits), "));
        }
        for (var number : new String[] { "3", "3.0", "1e1" }) {
            json(tasks.formatted(number)).statusCode(200).body("errors", nullValue())
                    .body("data.plan.tasks.totalCount", equalTo(45));
        }
    }

    /**
     * The canary of QueryCost's check of Int arguments for numbers: SmallRye GraphQL 2.17's Int takes a fraction from
     * a variable. Once this fails, SmallRye refuses it itself.
     */
    @Test
    void smallRyesIntStillTakesAFraction() {
        var coercing = ((GraphQLScalarType) schema.getType("Int")).getCoercing();
        assertDoesNotThrow(() -> coercing.parseValue(1.5, GraphQLContext.getDefault(), Locale.ROOT));
    }

    /**
     * The canary of QueryCost's check of Int arguments: SmallRye GraphQL 2.17's Int takes any string from a variable.
     * Once this fails, SmallRye refuses such a string itself, and QueryCost.checkInts can go.
     */
    @Test
    void smallRyesIntStillTakesAnyString() {
        var coercing = ((GraphQLScalarType) schema.getType("Int")).getCoercing();
        assertDoesNotThrow(() -> coercing.parseValue("abc", GraphQLContext.getDefault(), Locale.ROOT));
    }

    /** Sent as bytes, whatever the content type says: a client library would refuse to encode these. */
    private HttpResponse<String> raw(String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(graphql).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCharsetThatIsNoneIsRefused() throws Exception {
        var refused = raw("application/json; charset=nope", "{\"query\":\"{ plans { code } }\"}");
        assertEquals(415, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"code\":\"BAD_REQUEST\""), refused.body());
        assertTrue(refused.body().contains("send the request in UTF-8"), refused.body());
        var answered = raw("application/json; charset=UTF-8", "{\"query\":\"{ plans { code } }\"}");
        assertEquals(200, answered.statusCode(), answered.body());
    }

    @Test
    void anEmptyGraphQLBodyIsABadRequest() throws Exception {
        var refused = raw("application/graphql", "");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"code\":\"BAD_REQUEST\""), refused.body());
    }

    @Test
    void jsonWithACommentIsReadAsTheJsonItStandsFor() {
        json("{\"query\": \"{ plans { code } }\" /* a comment */}").statusCode(200)
                .body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
    }

    @Test
    void anAcceptLanguageThatNamesNoLanguageIsIgnored() {
        given().contentType("application/json").header("Accept-Language", "-")
                .body("{\"query\":\"{ plans { code } }\"}")
                .when().post("/graphql").then().statusCode(200)
                .body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
    }
}
