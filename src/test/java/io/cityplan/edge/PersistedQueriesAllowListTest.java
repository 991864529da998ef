package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.json.JsonObject;

/** The allow-list mode and the manifest it reads, without a server. */
class PersistedQueriesAllowListTest {

    private static final String LISTED = "query Plans { plans { code } }";

    @TempDir
    Path folder;

    private PersistedQueries allowList() throws IOException {
        var manifest = folder.resolve("manifest.json");
        Files.writeString(manifest, new JsonObject().put("format", "apollo-persisted-query-manifest").put("version", 1)
                .put("operations", java.util.List.of(Map.of("id", PersistedQueries.sha256(LISTED), "name", "Plans",
                        "type", "query", "body", LISTED)))
                .encode());
        return new PersistedQueries(true, PersistedQueries.read(manifest));
    }

    private static JsonObject byHash(String query) {
        return new JsonObject().put("extensions", new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 1).put("sha256Hash", PersistedQueries.sha256(query))));
    }

    @Test
    void runsListedOperationsByHashOrInFull() throws IOException {
        var queries = allowList();
        assertEquals(LISTED, queries.resolve(byHash(LISTED)).request().getString("query"));
        assertEquals(LISTED, queries.resolve(new JsonObject().put("query", LISTED)).request().getString("query"));
    }

    @Test
    void refusesEveryOtherQueryAndRegistersNothing() throws IOException {
        var queries = allowList();
        var other = "query Other { plans { nameZh } }";
        var inFull = queries.resolve(new JsonObject().put("query", other));
        assertNull(inFull.request());
        assertEquals(PersistedQueries.NOT_IN_LIST, inFull.code());
        assertEquals(PersistedQueries.NOT_IN_LIST, queries.resolve(byHash(other).put("query", other)).code());
        assertEquals(PersistedQueries.NOT_FOUND, queries.resolve(byHash(other)).code());
    }

    @Test
    void refusesAManifestWhoseIdIsNotTheHashOfItsBody() throws IOException {
        var manifest = folder.resolve("bad.json");
        Files.writeString(manifest, "{\"format\":\"apollo-persisted-query-manifest\",\"version\":1,\"operations\":"
                + "[{\"id\":\"abc\",\"name\":\"Plans\",\"type\":\"query\",\"body\":\"query Plans { plans { code } }\"}]}");
        assertThrows(IllegalStateException.class, () -> PersistedQueries.read(manifest));
        Files.writeString(manifest, "{\"format\":\"something-else\",\"version\":1,\"operations\":[]}");
        assertThrows(IllegalStateException.class, () -> PersistedQueries.read(manifest));
    }

    @Test
    void allowListWithoutAManifestDoesNotStart() {
        assertThrows(IllegalStateException.class, () -> new PersistedQueries(true, Map.of()));
    }
}
