package io.cityplan.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Health and metrics of the packaged application. */
@QuarkusIntegrationTest
class ObservabilityIT extends ObservabilityTest {
}
