package io.cityplan.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Lookups by global id, against the packaged application (the jar, or the native executable in a -Dnative build). */
@QuarkusIntegrationTest
class NodeGraphQLApiIT extends NodeGraphQLApiTest {
}
