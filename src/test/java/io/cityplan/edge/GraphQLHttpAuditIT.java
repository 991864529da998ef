package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cityplan.common.NodeScripts;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

/**
 * The graphql-http package's server audit (src/test/audit) against the packaged application: every MUST and every
 * SHOULD passes. It needs node and npm on the PATH and the npm registry; its packages are pinned by package-lock.json.
 */
@QuarkusIntegrationTest
@EnabledIf(value = "io.cityplan.common.NodeScripts#available", disabledReason = "node and npm are not on the PATH")
class GraphQLHttpAuditIT {

    @Test
    void passesEveryMustAndShouldOfTheGraphQLOverHttpAudit() throws Exception {
        var output = NodeScripts.run(Path.of("src/test/audit"), "audit.mjs",
                "http://localhost:" + RestAssured.port + "/graphql");
        Log.infof("graphql-http audit:%n%s", output);
        var lines = output.strip().lines().toList();
        Map<String, Integer> counts = new ObjectMapper().readValue(lines.get(lines.size() - 1),
                new TypeReference<Map<String, Integer>>() {
                });
        assertEquals(0, counts.get("error"), output);
        assertEquals(0, counts.get("warn"), output);
        assertTrue(counts.get("ok") >= 61, output);
    }
}
