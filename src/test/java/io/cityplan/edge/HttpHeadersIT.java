package io.cityplan.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** CORS and the explorer's headers on the packaged application. */
@QuarkusIntegrationTest
class HttpHeadersIT extends HttpHeadersTest {
}
