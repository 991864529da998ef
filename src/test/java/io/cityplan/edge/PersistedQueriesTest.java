package io.cityplan.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Automatic persisted queries as Apollo Client and urql send them, over POST and GET. */
@QuarkusTest
class PersistedQueriesTest {

    /** A query no other test registers: a comment makes its text, and so its hash, its own. */
    private static String uniqueQuery() {
        return "# " + UUID.randomUUID() + "\nquery Plans { plans { code } }";
    }

    private static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    @Test
    void unknownHashAnswersPersistedQueryNotFoundWithHttp200() {
        var hash = PersistedQueries.sha256(uniqueQuery());
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions(hash))).post("/graphql").then()
                .statusCode(200).body("data", nullValue()).body("errors", hasSize(1))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void hashWithItsQueryRegistersItAndTheHashAloneThenRunsItByPostAndByCacheableGet() {
        var query = uniqueQuery();
        var hash = PersistedQueries.sha256(query);
        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions", extensions(hash)))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions(hash))).post("/graphql").then()
                .statusCode(200).body("errors", nullValue())
                .body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .get("/graphql").then().statusCode(200).header("Cache-Control", containsString("public"))
                .body("errors", nullValue()).body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
    }

    @Test
    void getOfAnUnknownHashIsNotFoundAndNotCached() {
        var hash = PersistedQueries.sha256(uniqueQuery());
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .get("/graphql").then().statusCode(200).header("Cache-Control", equalTo("no-store"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void refusesAHashThatIsNotTheQuerysAndAnUnknownVersion() {
        var query = uniqueQuery();
        given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "extensions", extensions(PersistedQueries.sha256(query + " "))))
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("provided sha does not match query"));
        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions",
                Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", PersistedQueries.sha256(query)))))
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions("ABC")))
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", Map.of("persistedQuery", "yes")))
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON).body(Map.of("query", 12, "extensions", extensions(
                PersistedQueries.sha256(query)))).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo("query must be a string holding a GraphQL document"));
    }

    @Test
    void queryWithoutAPersistedQueryRunsAsAlways() {
        given().contentType(ContentType.JSON).body(Map.of("query", uniqueQuery(), "extensions", Map.of("other", 1)))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.plans", hasSize(1));
    }
}
