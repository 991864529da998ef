package io.cityplan.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** What a query may cost, against the packaged application (the jar, or the native executable in a -Dnative build). */
@QuarkusIntegrationTest
class QueryCostIT extends QueryCostTest {
}
