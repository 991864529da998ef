package io.cityplan.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.cityplan.common.DatasetLoaded;
import io.quarkus.logging.Log;

/**
 * Keeps table target_status: each target's status for every as-of year, judged by {@link ProgressRule}, so that
 * PostgreSQL can select and count targets by status without judging them per request.
 * <p>
 * Why a kept table: a status depends on every figure of the target's series and on the as-of year, which a request
 * chooses. Judging in Java per request reads every target and figure a filter touches; writing the rule again in SQL
 * would give it two places. The rule stays in Java, and its result is kept as spans of as-of years (a status can only
 * change in a year a figure is for, or in the target year). Triggers note the series whose targets or figures change
 * (table stale_series), and the targets of those series are judged again at start-up, once the dataset is in place.
 * The counts kept per task (migration V9) follow the statuses by triggers, and the years of each series (V10) are
 * counted again for the series that changed (V22). Statuses kept by another version of the rule (V11) are all judged
 * again.
 */
@ApplicationScoped
public class TargetStatuses {

    /** A series as one text, over a table alias: its indicator, scope and form. */
    private static final String SERIES = "%1$s.indicator_code || ' ' || %1$s.scope || ' ' || %1$s.form";
    /** Any fixed number, other than the dataset loader's; instances of cityplan agree on it. */
    private static final long LOCK_KEY = 0x7461726765747374L;

    /** The years of the judged series, counted again from their figures; a series without figures has none. */
    private static final String KEEP_SERIES_YEARS = """
            DELETE FROM series_year y USING judged_series j
                WHERE y.indicator_code = j.indicator_code AND y.scope = j.scope AND y.form = j.form;
            INSERT INTO series_year (scope, indicator_code, form, year, region_code, park_code, project_code, figures,
                    recency)
                SELECT scope, indicator_code, form, year, region_code, park_code, project_code, figures,
                    dense_rank() OVER (PARTITION BY scope, indicator_code, form ORDER BY year DESC)::integer
                FROM (SELECT o.scope, o.indicator_code, o.form, o.year, o.region_code, o.park_code, o.project_code,
                        count(*)::integer AS figures
                    FROM observation o JOIN judged_series j ON o.indicator_code = j.indicator_code
                        AND o.scope = j.scope AND o.form = j.form
                    GROUP BY 1, 2, 3, 4, 5, 6, 7) y""";

    private final DataSource dataSource;
    private final KpiService kpis;

    TargetStatuses(DataSource dataSource, KpiService kpis) {
        this.dataSource = dataSource;
        this.kpis = kpis;
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        refresh();
    }

    /** Judges again the targets of every series noted as changed; returns how many targets it judged. */
    public int refresh() {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int judged = judgeStale(connection);
                connection.commit();
                if (judged > 0) {
                    analyze(connection);
                }
                if (judged > 0) {
                    Log.infof("Target statuses judged again: %d targets", judged);
                }
                return judged;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not judge the targets' statuses: " + e.getMessage(), e);
        }
    }

    /** Statistics for the planner at once, which may otherwise guess the table's size until autovacuum runs. */
    private static void analyze(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("ANALYZE target_status");
        }
    }

    /**
     * Judges again, in the caller's transaction, the targets of the series its changes noted; readers see the new
     * statuses when it commits.
     */
    void judgeWithin(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery(
                        "SELECT version = " + ProgressRule.VERSION + " FROM target_status_rule")) {
            if (rs.next() && !rs.getBoolean(1)) {
                // Kept by another version of the rule (instances of two versions at once, while one replaces the
                // other): the series stay noted for the instance whose rule the statuses follow, rather than this
                // change judging every target again by its own.
                return;
            }
        }
        judgeStale(connection);
    }

    /**
     * Holds, for the rest of the caller's transaction, the lock that judging takes: a change takes it before it
     * writes, so that changes and judging lock the rows of targets, statuses and their counts in one order.
     */
    static void lockJudging(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
        }
    }

    private int judgeStale(Connection connection) throws SQLException {
        lockJudging(connection);
        try (var statement = connection.createStatement()) {
            statement.execute("SET LOCAL statement_timeout = 0");
            // Statuses judged by another version of the rule (older, or newer after a rollback): every series is stale.
            statement.execute("""
                    INSERT INTO stale_series SELECT DISTINCT indicator_code, scope, form FROM target
                    WHERE (SELECT version FROM target_status_rule) <> %1$d ON CONFLICT DO NOTHING;
                    UPDATE target_status_rule SET version = %1$d WHERE version <> %1$d"""
                    .formatted(ProgressRule.VERSION));
            statement.execute("""
                    CREATE TEMP TABLE judged_series ON COMMIT DROP AS
                    WITH stale AS (DELETE FROM stale_series RETURNING *) SELECT * FROM stale""");
            try (var stale = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM judged_series)")) {
                stale.next();
                if (!stale.getBoolean(1)) {
                    return 0;
                }
            }
            statement.execute("""
                    DELETE FROM target_status s USING target t, judged_series j WHERE s.target_code = t.code
                    AND t.indicator_code = j.indicator_code AND t.scope = j.scope AND t.form = j.form""");
        }
        int judged = 0;
        var targetsBySeries = targetsOfJudgedSeries(connection);
        if (!targetsBySeries.isEmpty()) {
            try (var insert = connection.prepareStatement("""
                    INSERT INTO target_status (target_code, task_id, years, status)
                        SELECT c, t, int4range(f, u), s FROM unnest(CAST(? AS text[]), CAST(? AS text[]),
                            CAST(? AS integer[]), CAST(? AS integer[]), CAST(? AS text[])) AS r (c, t, f, u, s)""")) {
                var batch = new Batch(insert);
                judgeWithFigures(connection, targetsBySeries, batch);
                for (var unjudged : targetsBySeries.values()) {
                    judge(unjudged, List.of(), batch);
                }
                judged = batch.flush();
            }
        }
        keepSeriesYears(connection);
        return judged;
    }

    /**
     * The years of each series (migrations V10 and V22), counted again for the series that changed, in the same
     * transaction: readers go on reading them as they were until it commits. The counts kept per task (V9) follow the
     * targets and their statuses by triggers (V22).
     */
    private static void keepSeriesYears(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(KEEP_SERIES_YEARS);
        }
    }

    /** The targets of the series being judged, by series. */
    private Map<String, List<Target>> targetsOfJudgedSeries(Connection connection) throws SQLException {
        Map<String, List<Target>> targetsBySeries = new HashMap<>();
        var references = kpis.references();
        try (var query = connection.prepareStatement("SELECT " + SERIES.formatted("t") + ", " + Target.COLUMNS
                + " FROM " + Target.FROM + " JOIN judged_series j ON t.indicator_code = j.indicator_code "
                + "AND t.scope = j.scope AND t.form = j.form"); var rs = query.executeQuery()) {
            while (rs.next()) {
                targetsBySeries.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(Target.of(row(rs), references));
            }
        }
        return targetsBySeries;
    }

    /**
     * Judges the targets of each series with figures, reading the figures one series at a time; the targets judged
     * leave the map.
     */
    private void judgeWithFigures(Connection connection, Map<String, List<Target>> targetsBySeries, Batch batch)
            throws SQLException {
        try (var query = connection.prepareStatement("SELECT " + SERIES.formatted("o") + ", " + Observation.COLUMNS
                + " FROM " + Observation.FROM + " WHERE (o.indicator_code, o.scope, o.form) IN "
                + "(SELECT t.indicator_code, t.scope, t.form FROM target t JOIN judged_series j "
                + "ON t.indicator_code = j.indicator_code AND t.scope = j.scope AND t.form = j.form) ORDER BY 1")) {
            query.setFetchSize(10_000);
            String series = null;
            var figures = new ArrayList<Observation>();
            var references = kpis.references();
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    var next = rs.getString(1);
                    if (!next.equals(series)) {
                        judge(targetsBySeries.remove(series), figures, batch);
                        series = next;
                        figures.clear();
                    }
                    figures.add(Observation.of(row(rs), references));
                }
            }
            judge(targetsBySeries.remove(series), figures, batch);
        }
    }

    private void judge(List<Target> targets, List<Observation> figures, Batch batch) throws SQLException {
        if (targets == null) {
            return;
        }
        var units = kpis.units();
        for (var target : targets) {
            var direction = Objects.requireNonNull(kpis.indicator(target.indicatorCode()).orElse(null)).direction();
            for (var span : ProgressRule.spans(target, direction, figures, units)) {
                batch.add(target, span);
            }
            batch.targets++;
        }
    }

    /** The row's values after the series key, as the records' {@code of(Object[], References)} read them. */
    private static Object[] row(ResultSet rs) throws SQLException {
        var values = new Object[rs.getMetaData().getColumnCount() - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getObject(i + 2);
        }
        return values;
    }

    /**
     * Inserts spans a thousand at a time, each thousand in one statement, which the triggers that keep the counts per
     * task (migration V22) read at once.
     */
    private static final class Batch {

        private static final int SIZE = 1000;

        private final PreparedStatement insert;
        private final List<String> codes = new ArrayList<>();
        private final List<String> tasks = new ArrayList<>();
        private final List<Integer> froms = new ArrayList<>();
        private final List<Integer> tos = new ArrayList<>();
        private final List<String> statuses = new ArrayList<>();
        int targets;

        Batch(PreparedStatement insert) {
            this.insert = insert;
        }

        void add(Target target, ProgressRule.StatusSpan span) throws SQLException {
            codes.add(target.code());
            tasks.add(target.taskKey());
            froms.add(span.from());
            tos.add(span.to());
            statuses.add(span.status().name());
            if (codes.size() == SIZE) {
                flush();
            }
        }

        int flush() throws SQLException {
            if (!codes.isEmpty()) {
                var connection = insert.getConnection();
                insert.setArray(1, connection.createArrayOf("text", codes.toArray()));
                insert.setArray(2, connection.createArrayOf("text", tasks.toArray()));
                insert.setArray(3, connection.createArrayOf("integer", froms.toArray()));
                insert.setArray(4, connection.createArrayOf("integer", tos.toArray()));
                insert.setArray(5, connection.createArrayOf("text", statuses.toArray()));
                insert.executeUpdate();
                List.of(codes, tasks, froms, tos, statuses).forEach(List::clear);
            }
            return targets;
        }
    }
}
