package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.cityplan.common.NodeScripts;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

/**
 * Apollo Client 4 against the packaged application (src/test/apollo/client.mjs, pinned by its package-lock.json):
 * automatic persisted queries by GET (not found, registered with the query, then by hash alone from any client) and a
 * connection paged with fetchMore and merged by relayStylePagination in the normalised cache.
 */
@QuarkusIntegrationTest
@EnabledIf(value = "io.cityplan.common.NodeScripts#available", disabledReason = "node and npm are not on the PATH")
class ApolloClientIT {

    @Test
    void apolloClientPersistsQueriesAndPagesThroughAConnection() throws Exception {
        var output = NodeScripts.run(Path.of("src/test/apollo"), "client.mjs", "http://localhost:" + RestAssured.port);
        Log.infof("Apollo Client:%n%s", output);
        assertTrue(output.contains("all checks passed"), output);
    }
}
