package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.cityplan.edge.RunningRequests;
import io.cityplan.execution.SqlExecution;
import io.quarkus.test.junit.QuarkusTest;

/** The settings of every database session cityplan opens. */
@QuarkusTest
class SessionSettingsTest {

    @Inject
    DataSource dataSource;
    @Inject
    @io.quarkus.agroal.DataSource(SqlExecution.PLANS)
    DataSource plans;

    /**
     * Every statement runs under the statement timeout and is never compiled by JIT (the connection options in
     * application.properties). The default pool plans every statement for its values; the pool of kept plans, for the
     * compiled queries whose plan cannot depend on their values, prepares each at its first run and leaves PostgreSQL
     * to keep a generic plan (io.cityplan.execution.Statement).
     */
    @Test
    void everyStatementRunsUnderTheSessionSettings() throws SQLException {
        assertSettings(dataSource, "force_custom_plan", 5);
        assertSettings(plans, "auto", 1);
    }

    /**
     * Both pools report the connections a request takes to RunningRequests, once each, so that a request past its
     * timeout or whose client has gone has its statement cancelled on either (ExecutionTimeoutTest).
     */
    @Test
    void bothPoolsReportTheirConnectionsToTheRunningRequests() {
        for (var pool : List.of(dataSource, plans)) {
            var interceptors = ((AgroalDataSource) pool).getPoolInterceptors().stream()
                    .filter(i -> i instanceof RunningRequests).toList();
            assertEquals(1, interceptors.size(), interceptors.toString());
        }
    }

    private static void assertSettings(DataSource pool, String planCacheMode, int prepareThreshold)
            throws SQLException {
        try (var connection = pool.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT current_setting('statement_timeout'), "
                        + "current_setting('plan_cache_mode'), current_setting('jit')")) {
            rs.next();
            assertEquals("10s", rs.getString(1));
            assertEquals(planCacheMode, rs.getString(2));
            assertEquals("off", rs.getString(3));
            assertEquals(prepareThreshold, connection.unwrap(PGConnection.class).getPrepareThreshold());
        }
    }
}
