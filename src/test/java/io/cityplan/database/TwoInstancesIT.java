package io.cityplan.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two packaged instances started at the same moment against one empty database both come up; the schema is migrated
 * once and the dataset loaded once, the second instance finding it already there.
 */
@EnabledIf(value = "io.cityplan.database.ExternalPostgres#reachable", disabledReason = ExternalPostgres.UNREACHABLE)
class TwoInstancesIT {

    private final ExternalPostgres database = new ExternalPostgres();
    private final List<PackagedServer> instances = new ArrayList<>();
    private String url;

    @BeforeEach
    void createDatabase() {
        url = database.start().get("quarkus.datasource.jdbc.url");
    }

    @AfterEach
    void stopInstancesAndDropDatabase() throws InterruptedException {
        for (var instance : instances) {
            instance.stop();
        }
        database.stop();
    }

    @Test
    void bothComeUpAndTheDataIsMigratedAndLoadedOnce() throws Exception {
        for (int i = 0; i < 2; i++) {
            instances.add(PackagedServer.start(url));
        }
        for (var instance : instances) {
            instance.awaitReady();
        }

        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            var rs = statement.executeQuery("SELECT count(*), count(DISTINCT version) FROM flyway_schema_history "
                    + "WHERE success AND version IS NOT NULL");
            rs.next();
            assertEquals(rs.getInt(2), rs.getInt(1), "a migration ran twice");
            rs = statement.executeQuery("SELECT count(*) FROM task");
            rs.next();
            assertEquals(45, rs.getInt(1));
        }
        var loaded = 0;
        var unchanged = 0;
        for (var instance : instances) {
            var text = Files.readString(instance.log);
            loaded += text.contains("Dataset loaded:") ? 1 : 0;
            unchanged += text.contains("Dataset unchanged:") ? 1 : 0;
        }
        assertEquals(1, loaded, "instances that loaded the dataset");
        assertEquals(1, unchanged, "instances that found it loaded");
    }
}
