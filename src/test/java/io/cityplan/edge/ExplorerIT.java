package io.cityplan.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The explorer and its example query against the packaged application. */
@QuarkusIntegrationTest
class ExplorerIT extends ExplorerTest {
}
