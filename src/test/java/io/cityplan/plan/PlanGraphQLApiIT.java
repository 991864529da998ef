package io.cityplan.plan;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The plan queries against the packaged application (and the native executable where one is built). */
@QuarkusIntegrationTest
class PlanGraphQLApiIT extends PlanGraphQLApiTest {
}
