package io.cityplan.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
 * The counts kept per task (migration V9) and the years of each series (V10) are kept with them, counted again only
 * for the series and tasks that changed (V22). Statuses kept
 * by another version of the rule (V11) are all judged again.
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
    /**
     * The tasks whose counts change: those whose targets changed (noted by triggers, migration V22), and those of the
     * targets of the judged series, whose statuses changed; with their targets.
     */
    private static final String JUDGED_TASKS = """
            CREATE TEMP TABLE judged_task ON COMMIT DROP AS
                WITH noted AS (DELETE FROM stale_task RETURNING task_id)
                SELECT task_id FROM noted
                UNION SELECT t.task_id FROM target t JOIN judged_series j ON t.indicator_code = j.indicator_code
                    AND t.scope = j.scope AND t.form = j.form;
            CREATE TEMP TABLE judged_target ON COMMIT DROP AS
                SELECT code, task_id, region_code, target_year FROM target
                    WHERE task_id IN (SELECT task_id FROM judged_task)
                UNION ALL SELECT code, task_id, region_code, target_year FROM target
                    WHERE task_id IS NULL AND EXISTS (SELECT 1 FROM judged_task WHERE task_id IS NULL)""";
    /** The targets of the judged tasks, counted again, and where their status spans start and end. */
    private static final String KEEP_TASK_COUNTS = """
            DELETE FROM target_count c USING judged_task k WHERE c.task_id IS NOT DISTINCT FROM k.task_id;
            INSERT INTO target_count (task_id, region_code, target_year, targets)
                SELECT task_id, region_code, target_year, count(*)::integer FROM judged_target
                GROUP BY task_id, region_code, target_year;
            DELETE FROM target_status_bound b USING judged_task k WHERE b.task_id IS NOT DISTINCT FROM k.task_id;
            INSERT INTO target_status_bound (task_id, status, year, starting, ending)
                SELECT t.task_id, s.status, b.year, sum(b.starting)::integer, sum(b.ending)::integer
                FROM target_status s JOIN judged_target t ON t.code = s.target_code
                CROSS JOIN LATERAL (VALUES (lower(s.years), 1, 0), (upper(s.years), 0, 1)) AS b (year, starting, ending)
                WHERE NOT isempty(s.years) AND (b.starting = 1 OR NOT upper_inf(s.years))
                GROUP BY t.task_id, s.status, b.year""";

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

    private int judgeStale(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
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
            try (var insert = connection.prepareStatement(
                    "INSERT INTO target_status (target_code, years, status) VALUES (?, int4range(?, ?), ?)")) {
                var batch = new Batch(insert);
                judgeWithFigures(connection, targetsBySeries, batch);
                for (var unjudged : targetsBySeries.values()) {
                    judge(unjudged, List.of(), batch);
                }
                judged = batch.flush();
            }
        }
        keepCounts(connection);
        return judged;
    }

    /**
     * The counts kept per task (migrations V9 and V22) and the years of each series (V10), counted again for the series
     * and tasks that changed, in the same transaction: readers go on reading them as they were until it commits.
     */
    private static void keepCounts(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(KEEP_SERIES_YEARS);
            statement.execute(JUDGED_TASKS);
            statement.execute(KEEP_TASK_COUNTS);
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
                batch.add(target.code(), span);
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

    /** Inserts spans a thousand at a time. */
    private static final class Batch {

        private final PreparedStatement insert;
        private int pending;
        int targets;

        Batch(PreparedStatement insert) {
            this.insert = insert;
        }

        void add(String target, ProgressRule.StatusSpan span) throws SQLException {
            insert.setString(1, target);
            insert.setObject(2, span.from(), Types.INTEGER);
            insert.setObject(3, span.to(), Types.INTEGER);
            insert.setString(4, span.status().name());
            insert.addBatch();
            if (++pending == 1000) {
                insert.executeBatch();
                pending = 0;
            }
        }

        int flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
            }
            return targets;
        }
    }
}
