package io.cityplan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged application reports itself ready only with its database up and its dataset loaded. */
@QuarkusIntegrationTest
class HealthIT {

    @Test
    void isReadyWithDatabaseAndDataset() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("dataset"));
    }
}
