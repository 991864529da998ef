package io.cityplan.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** CORS and the explorer's headers on the packaged application. */
@QuarkusIntegrationTest
class HttpHeadersIT extends HttpHeadersTest {
}
