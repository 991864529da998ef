package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.cityplan.common.NodeScripts;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

/**
 * The explorer in Debian's Chromium (src/test/browser/explorer.mjs, with playwright-core pinned by its
 * package-lock.json) against the packaged application: an analyst picks an example, runs it, shows the table,
 * downloads the CSV and copies the TSV, draws a chart and builds a query in the GraphiQL Explorer. Screenshots of each
 * step go to target/explorer-screenshots. It needs node, npm and {@code /usr/bin/chromium}
 * ({@code apt-get install chromium}; .ci/run installs it).
 */
@QuarkusIntegrationTest
@EnabledIf(value = "browserAvailable", disabledReason = "node, npm or /usr/bin/chromium is missing")
class ExplorerBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static boolean browserAvailable() {
        return NodeScripts.available() && Files.isExecutable(CHROMIUM);
    }

    @Test
    void analystRunsAnExampleAndTakesItsTableAsCsvAndAsAChart() throws Exception {
        var screenshots = Path.of("target/explorer-screenshots").toAbsolutePath();
        var output = NodeScripts.run(Path.of("src/test/browser"), "explorer.mjs",
                "http://localhost:" + RestAssured.port, screenshots.toString(), CHROMIUM.toString());
        Log.infof("explorer in Chromium:%n%s", output);
        assertTrue(output.contains("all checks passed"), output);
        assertTrue(Files.exists(screenshots.resolve("3-table.png")), "screenshots in " + screenshots);
    }
}
