package io.cityplan.database;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With a datasource URL configured, cityplan migrates, loads and serves that database; nothing embedded is used. */
@QuarkusTest
@TestProfile(ExternalDatabaseTest.External.class)
@EnabledIf(value = "io.cityplan.database.ExternalPostgres#reachable", disabledReason = ExternalPostgres.UNREACHABLE)
class ExternalDatabaseTest {

    public static class External implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ExternalPostgres.class));
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void servesThePlanFromTheConfiguredDatabase() throws SQLException {
        var url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        assertTrue(url.contains("/cityplan_test_"), url);
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT inet_server_port(), current_database(), "
                        + "(SELECT count(*) FROM task)")) {
            rs.next();
            assertEquals(5432, rs.getInt(1));
            assertTrue(rs.getString(2).startsWith("cityplan_test_"));
            assertEquals(45, rs.getInt(3));
        }
        query("""
                query Plan($plan: String!) { plan(code: $plan) { programmes { tasks { nodes { ordinal } } } } }""",
                Map.of("plan", "sjz-capital-plan-2021"))
                .body("data.plan.programmes", hasSize(9));
    }
}
