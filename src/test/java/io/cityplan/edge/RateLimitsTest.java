package io.cityplan.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A client over its rate gets HTTP 429 with Retry-After and RATE_LIMITED, as far as its burst allows, no further. */
@QuarkusTest
@TestProfile(RateLimitsTest.Limited.class)
class RateLimitsTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cityplan.rate-limit.requests-per-second", "0.2", "cityplan.rate-limit.burst", "3");
        }
    }

    @Test
    void aClientOverItsBurstIsToldWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body("{\"query\":\"{ plans { code } }\"}").post("/graphql").then()
                    .statusCode(200).body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
        }
        given().contentType(ContentType.JSON).body("{\"query\":\"{ plans { code } }\"}").post("/graphql").then()
                .statusCode(429)
                .header("Retry-After", matchesPattern("[1-5]")) // 1 request in 5 s: the next token in at most 5 s
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                .body("errors[0].message", startsWith("too many requests from this client"));
        // Health and metrics are not limited.
        given().get("/q/health/live").then().statusCode(200);
    }
}
