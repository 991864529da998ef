package io.cityplan.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** GraphQL over HTTP against the packaged application. */
@QuarkusIntegrationTest
class GraphQLOverHttpIT extends GraphQLOverHttpTest {
}
