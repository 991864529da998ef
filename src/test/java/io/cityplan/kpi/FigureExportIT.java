package io.cityplan.kpi;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The CSV exports against the packaged application. */
@QuarkusIntegrationTest
class FigureExportIT extends FigureExportTest {
}
