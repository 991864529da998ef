package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What an operator watches: health with the database and the dataset, and Prometheus metrics per operation. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void isLiveAndReadyWithItsDatabaseAndDataset() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("dataset", "Database connections health check"));
    }

    @Test
    void countsAndTimesEachGraphQLOperationForPrometheus() {
        query("query Documents { documents { code } }");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("mp_graphql_seconds_count{name=\"documents\",source=\"false\",type=\"QUERY\"}"))
                .body(containsString("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\""));
    }
}
