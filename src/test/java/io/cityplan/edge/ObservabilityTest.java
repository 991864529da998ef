package io.cityplan.edge;

import static io.cityplan.common.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

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
        var before = documentsCount();
        query("query Documents { documents { code } }");
        // Once: FieldTimers counts it; SmallRye GraphQL's own timer would count it again once it records it again.
        assertEquals(before + 1, documentsCount());
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\""));
    }

    private static double documentsCount() {
        var metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        var m = Pattern.compile("(?m)^mp_graphql_seconds_count\\{name=\"documents\",source=\"false\",type=\"QUERY\"} "
                + "(\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
