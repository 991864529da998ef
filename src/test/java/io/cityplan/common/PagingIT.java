package io.cityplan.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Paging, against the packaged application (the jar, or the native executable in a -Dnative build). */
@QuarkusIntegrationTest
class PagingIT extends PagingTest {
}
