package io.cityplan.execution;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.cityplan.common.DatasetLoaded;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Whether the figure tables hold so few rows that a statement with a filter may keep a generic plan
 * ({@link Statement}), as PostgreSQL's statistics tell: read at start, whenever the dataset is loaded and every
 * minute, so that figures written since (by editors, by another instance) count within a minute.
 * <p>
 * Planning a statement for its filter's values pays when the values decide between reading thousands of rows and a
 * hundred. While each figure table holds fewer than {@value #FEW_ROWS} rows, any plan of a filtered list reads at most
 * that many of each, and planning costs as much as it could save: at the shipped dataset (73 targets), the filtered
 * targets' statement took 0.69 ms to plan and 0.40 ms to run, and answered 2.1 times as many requests with a kept
 * plan. Until PostgreSQL has analyzed each table (autovacuum does within a minute of a load), they count as large.
 */
@ApplicationScoped
public class FigureVolume {

    /** Below this many rows in every figure table, a filtered statement keeps a generic plan. */
    static final long FEW_ROWS = 1_000;

    /**
     * The rows of the largest table a compiled filter reads: for each, the larger of the planner's count (reltuples,
     * from the last ANALYZE) and the live rows the statistics system counts as rows are written. No row while a table
     * has not been analyzed (reltuples -1).
     */
    private static final String ROWS = """
            SELECT max(greatest(c.reltuples, coalesce(s.n_live_tup, 0))) FROM pg_class c
            LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
            WHERE c.oid IN ('target'::regclass, 'observation'::regclass, 'target_status'::regclass)
            HAVING min(c.reltuples) >= 0""";

    private final DataSource dataSource;
    private volatile boolean few;

    FigureVolume(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether every figure table holds fewer than {@value #FEW_ROWS} rows, as last read. */
    public boolean few() {
        return few;
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        read();
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void read() {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(ROWS)) {
            few = rows.next() && isFew(rows.getDouble(1));
        } catch (SQLException | RuntimeException failed) {
            // Planning for the values is always right; it is only slower on small tables.
            few = false;
            Log.debugf(failed, "Could not read the size of the figure tables");
        }
    }

    /** Whether the rows of the largest figure table are few. */
    static boolean isFew(double rows) {
        return rows < FEW_ROWS;
    }
}
