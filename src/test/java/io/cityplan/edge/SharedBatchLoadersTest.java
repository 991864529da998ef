package io.cityplan.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SharedBatchLoadersTest {

    private static final String QUERY = "{ plan(code: \"sjz-capital-plan-2021\") { code } }";

    /**
     * The canary of {@link SharedBatchLoaders}: SmallRye asks for a batch loader of every batched field on every
     * request, even one that resolves no batched field. When this fails, SmallRye no longer does, and
     * {@code SharedBatchLoaders} (with its line in {@code META-INF/services}) can be deleted.
     */
    @Test
    void smallRyeStillAsksForTheBatchLoadersOnEveryRequest() {
        send();
        var before = SharedBatchLoaders.asked();
        send();
        send();
        var asked = SharedBatchLoaders.asked() - before;
        assertTrue(asked >= 2 * 10, "SmallRye asked for " + asked + " fetchers in two requests");
    }

    private static void send() {
        given().contentType(ContentType.JSON).body(Map.of("query", QUERY)).post("/graphql").then().statusCode(200)
                .body("data.plan.code", equalTo("sjz-capital-plan-2021"));
    }
}
