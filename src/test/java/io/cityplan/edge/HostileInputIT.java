package io.cityplan.edge;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Hostile input, against the packaged application (the jar, or the native executable in a -Dnative build). */
@QuarkusIntegrationTest
class HostileInputIT extends HostileInputTest {
}
