package io.cityplan.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RequestIdsTest {

    @Test
    void everyResponseCarriesARequestId() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ plans { code } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aClientsOwnIdIsKeptWhenItIsPlainAndReplacedWhenItIsNot() {
        given().header(RequestIds.HEADER, "front-end.42").contentType(ContentType.JSON)
                .body(Map.of("query", "{ plans { code } }"))
                .when().post("/graphql")
                .then().header(RequestIds.HEADER, equalTo("front-end.42"));
        given().header(RequestIds.HEADER, "<script>").contentType(ContentType.JSON)
                .body(Map.of("query", "{ plans { code } }"))
                .when().post("/graphql")
                .then().header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }
}
