package io.cityplan.kpi;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Milestones, against the packaged application (the jar, or the native executable in a -Dnative build). */
@QuarkusIntegrationTest
class MilestonesIT extends MilestonesTest {
}
