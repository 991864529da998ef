package io.cityplan.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Errors and their codes, against the packaged application (the jar, or the native executable in a -Dnative build). */
@QuarkusIntegrationTest
class ClientErrorsIT extends ClientErrorsTest {
}
