package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import io.quarkus.test.junit.QuarkusTest;

/** The settings of every database session cityplan opens. */
@QuarkusTest
class SessionSettingsTest {

    @Inject
    DataSource dataSource;

    /**
     * Every statement runs under the statement timeout and is never compiled by JIT (the connection options in
     * application.properties); it is sent unnamed, so PostgreSQL plans it for its values, unless it asks to be
     * prepared (a compiled query's statement, io.cityplan.execution.Statement), and PostgreSQL then chooses between
     * planning it for its values and a generic plan by their costs (its default plan_cache_mode).
     */
    @Test
    void everyStatementRunsUnderTheSessionSettings() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT current_setting('statement_timeout'), "
                        + "current_setting('plan_cache_mode'), current_setting('jit')")) {
            rs.next();
            assertEquals("10s", rs.getString(1));
            assertEquals("auto", rs.getString(2));
            assertEquals("off", rs.getString(3));
            assertEquals(0, connection.unwrap(PGConnection.class).getPrepareThreshold());
        }
    }
}
