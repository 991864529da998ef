package io.cityplan.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What browsers see: the API answers pages of any origin, and the explorer keeps to its own host. */
@QuarkusTest
class HttpHeadersTest {

    private static final String ORIGIN = "https://dashboard.example.org";

    @Test
    void answersACorsPreflightFromAnyOrigin() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Access-Control-Allow-Credentials", "false");
    }

    @Test
    void allowsTheHeadersGraphQLClientsSend() {
        var sent = List.of("authorization", "x-request-id", "apollographql-client-name",
                "apollographql-client-version", "apollo-require-preflight", "content-type");
        var allowed = given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", String.join(",", sent))
                .when().options("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", ORIGIN)
                .extract().header("Access-Control-Allow-Headers").toLowerCase(Locale.ROOT);
        for (var header : sent) {
            assertTrue(List.of(allowed.split("\\s*,\\s*")).contains(header), header + " not in " + allowed);
        }
    }

    @Test
    void aCrossOriginPageMayReadTheRequestId() {
        given().header("Origin", ORIGIN).contentType(ContentType.JSON)
                .body(Map.of("query", "{ plans { code } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void aCrossOriginQueryGetsItsAnswerWithTheAllowHeader() {
        given().header("Origin", ORIGIN).contentType(ContentType.JSON)
                .body(Map.of("query", "{ plans { code } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .header("X-Content-Type-Options", "nosniff")
                .body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
    }

    @Test
    void theExplorerLoadsOnlyFromItsOwnHostAndCannotBeFramed() {
        given().when().get("/explorer/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }
}
