package io.cityplan.database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh database on an external PostgreSQL server (default: 127.0.0.1:5432, user postgres, trust authentication;
 * override with CITYPLAN_TEST_EXTERNAL_URL), created for the test and dropped after it.
 */
public class ExternalPostgres implements QuarkusTestResourceLifecycleManager {

    static final String SERVER = System.getenv().getOrDefault("CITYPLAN_TEST_EXTERNAL_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    static final String UNREACHABLE = "no PostgreSQL reachable at CITYPLAN_TEST_EXTERNAL_URL "
            + "(default 127.0.0.1:5432, user postgres)";

    private String database;

    /** Whether the external server answers; the external-database test is skipped when it does not. */
    public static boolean reachable() {
        try (var connection = DriverManager.getConnection(SERVER + "&connectTimeout=3")) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Map<String, String> start() {
        database = "cityplan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        return Map.of("quarkus.datasource.jdbc.url", SERVER.replace("/postgres?", "/" + database + "?"));
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        try (var connection = DriverManager.getConnection(SERVER); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("External PostgreSQL: " + sql, e);
        }
    }
}
