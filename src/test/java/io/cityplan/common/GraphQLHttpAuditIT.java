package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

/**
 * The graphql-http package's server audit (src/test/audit) against the packaged application: every MUST passes. It
 * needs
 * node and npm on the PATH and the npm registry; its packages are pinned by package-lock.json.
 */
@QuarkusIntegrationTest
@EnabledIf(value = "nodeAndNpm", disabledReason = "node and npm are not on the PATH: the audit needs them")
class GraphQLHttpAuditIT {

    /** Whether node and npm answer; without them the audit is skipped, and says so. */
    static boolean nodeAndNpm() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0
                    && new ProcessBuilder("npm", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static final Path AUDIT = Path.of("src/test/audit");

    @Test
    void passesEveryMustOfTheGraphQLOverHttpAudit() throws Exception {
        run(List.of("npm", "ci", "--no-audit", "--no-fund"));
        var output = run(List.of("node", "audit.mjs", "http://localhost:" + RestAssured.port + "/graphql"));
        Log.infof("graphql-http audit:%n%s", output);
        var lines = output.strip().lines().toList();
        Map<String, Integer> counts = new ObjectMapper().readValue(lines.get(lines.size() - 1),
                new TypeReference<Map<String, Integer>>() {
                });
        assertEquals(0, counts.get("error"), output);
        assertTrue(counts.get("ok") >= 55, output);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        var log = Files.createTempFile("cityplan-audit", ".log");
        var process = new ProcessBuilder(command).directory(AUDIT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        var output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(finished && process.exitValue() == 0, String.join(" ", command) + " failed:\n" + output);
        return output;
    }
}
