package io.cityplan.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The limits on a query's size, depth and cost, against the packaged application. */
@QuarkusIntegrationTest
class QueryLimitsIT extends QueryLimitsTest {
}
