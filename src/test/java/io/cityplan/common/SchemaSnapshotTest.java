package io.cityplan.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served SDL must equal the committed snapshot, so that every schema change shows in review. After an intended
 * change, run the tests once with {@code -Dupdate-schema=true} to rewrite the snapshot (a property outside
 * {@code cityplan.*}, which Quarkus would refuse as not mapped).
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/schema.graphql");

    @Test
    void servedSchemaMatchesTheCommittedSnapshot() throws IOException {
        var served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("update-schema")) {
            Files.writeString(SNAPSHOT, served);
        }
        assertEquals(Files.readString(SNAPSHOT), served,
                "The schema changed; review it and rerun with -Dupdate-schema=true to accept it");
    }
}
