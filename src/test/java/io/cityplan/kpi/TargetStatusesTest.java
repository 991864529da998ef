package io.cityplan.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The kept statuses follow the figures: triggers note the series a change touches, and a refresh judges its targets
 * again with the rule; the counts kept per task follow targets and statuses as they change (migration V22).
 */
@QuarkusTest
class TargetStatusesTest {

    private static final String TARGET = "test-statuses-target";
    private static final String FIGURE = "test-statuses-figure";

    @Inject
    DataSource dataSource;

    @Inject
    TargetStatuses statuses;

    @Test
    void judgesATargetAgainWhenItsFiguresChange() throws SQLException {
        // A series nothing in the dataset uses: an indicator's yearly growth in the city.
        var indicator = first("""
                SELECT i.code || ' ' || i.unit_symbol FROM indicator i WHERE i.unit_symbol IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM target t WHERE t.indicator_code = i.code AND t.form = 'ANNUAL_GROWTH')
                AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.indicator_code = i.code
                                AND o.form = 'ANNUAL_GROWTH') ORDER BY i.code LIMIT 1""").split(" ");
        var citation = first("SELECT id FROM citation ORDER BY id LIMIT 1");
        execute("INSERT INTO target (code, indicator_code, region_code, comparator, form, value, unit_symbol, "
                + "target_year, citation_id) VALUES ('" + TARGET + "', '" + indicator[0] + "', '130100', 'GTE', "
                + "'ANNUAL_GROWTH', 100, '" + indicator[1] + "', 2030, '" + citation + "')");
        execute("INSERT INTO observation (code, indicator_code, region_code, year, kind, form, value, unit_symbol, "
                + "citation_id) VALUES ('" + FIGURE + "', '" + indicator[0] + "', '130100', 2024, 'ACTUAL', "
                + "'ANNUAL_GROWTH', 150, '" + indicator[1] + "', '" + citation + "')");
        assertTrue(statuses.refresh() >= 1);
        assertEquals("NOT_DUE", statusAsOf(2023));
        assertEquals("ACHIEVED", statusAsOf(2024));
        assertEquals("ACHIEVED", statusAsOf(2031));

        assertCountsByTaskAgree();

        execute("UPDATE observation SET value = 50 WHERE code = '" + FIGURE + "'");
        statuses.refresh();
        assertEquals("NOT_DUE", statusAsOf(2026));
        assertEquals("NO_DATA", statusAsOf(2031));
        assertCountsByTaskAgree();
    }

    /** Statuses kept by another version of the rule are all judged again, once. */
    @Test
    void judgesEveryTargetAgainWhenTheRuleIsNewer() throws SQLException {
        var targets = Integer.parseInt(first("SELECT count(*) FROM target"));
        execute("UPDATE target_status_rule SET version = " + (ProgressRule.VERSION - 1));
        execute("UPDATE target_status SET status = 'OFF_TRACK'"); // as an older rule might have judged
        assertEquals(targets, statuses.refresh());
        assertEquals(List.of(String.valueOf(ProgressRule.VERSION)), all("SELECT version FROM target_status_rule"));
        assertEquals(List.of("t27-air-quality-rank-2021 NO_DATA"), all("""
                SELECT target_code || ' ' || status FROM target_status
                WHERE target_code = 't27-air-quality-rank-2021' AND years @> 2026"""));
        assertEquals(0, statuses.refresh(), "judged again although the rule is the same");
        // After a rollback: statuses judged by a newer rule are judged again by this one.
        execute("UPDATE target_status_rule SET version = " + (ProgressRule.VERSION + 1));
        assertEquals(targets, statuses.refresh());
        assertCountsByTaskAgree();
    }

    /** A target moved to another task, or removed, leaves the counts of the task it was of (migration V22). */
    @Test
    void keepsTheCountsOfTheTasksATargetLeaves() throws SQLException {
        var tasks = all("SELECT id FROM task ORDER BY id LIMIT 2");
        var citation = first("SELECT id FROM citation ORDER BY id LIMIT 1");
        execute("INSERT INTO target (code, indicator_code, region_code, task_id, comparator, form, value, unit_symbol, "
                + "target_year, citation_id) VALUES ('" + TARGET + "', 'gdp', '130100', '" + tasks.get(0) + "', 'GTE', "
                + "'LEVEL', 1, '万亿元', 2030, '" + citation + "')");
        statuses.refresh();
        assertCountsByTaskAgree();
        execute("UPDATE target SET task_id = '" + tasks.get(1) + "', target_year = 2031 WHERE code = '" + TARGET + "'");
        statuses.refresh();
        assertCountsByTaskAgree();
        execute("DELETE FROM target WHERE code = '" + TARGET + "'");
        statuses.refresh();
        assertCountsByTaskAgree();
    }

    /** Counting targets by status counts spans (migration V9): one per target and year. */
    @Test
    void spansOfATargetNeverOverlap() throws SQLException {
        assertEquals(List.of("0"), all("""
                SELECT count(*) FROM target_status a JOIN target_status b ON a.target_code = b.target_code
                AND a.years <> b.years AND a.years && b.years"""));
        assertEquals(List.of("0"), all("""
                SELECT count(*) FROM target t WHERE NOT EXISTS (SELECT 1 FROM target_status s
                WHERE s.target_code = t.code AND s.years @> 2026)"""));
    }

    @AfterEach
    void removeWhatTheTestAdded() throws SQLException {
        execute("DELETE FROM observation WHERE code = '" + FIGURE + "'");
        execute("DELETE FROM target WHERE code = '" + TARGET + "'");
        statuses.refresh();
        assertEquals(List.of(), all("SELECT status FROM target_status WHERE target_code = '" + TARGET + "'"));
        assertEquals(List.of(), all("SELECT indicator_code FROM stale_series"));
        assertCountsByTaskAgree();
    }

    /**
     * The counts kept per task (migration V9) are those of the targets and their statuses, for every year, and the
     * years kept per series (V10) those of the figures.
     */
    private void assertCountsByTaskAgree() throws SQLException {
        assertEquals(List.of("0"), all("""
                SELECT count(*) FROM target_status s JOIN target t ON t.code = s.target_code
                WHERE s.task_id IS DISTINCT FROM t.task_id"""));
        assertEquals(List.of("0"),
                all("""
                        SELECT count(*) FROM (
                            SELECT t.task_id, s.status, y.year, count(*) AS n
                            FROM generate_series(2000, 2040) AS y (year) JOIN target_status s ON s.years @> y.year
                            JOIN target t ON t.code = s.target_code GROUP BY 1, 2, 3) AS judged
                        FULL JOIN (
                            SELECT b.task_id, b.status, y.year, sum(b.starting - b.ending) AS n
                            FROM generate_series(2000, 2040) AS y (year) JOIN target_status_bound b
                            ON b.year IS NULL OR b.year <= y.year GROUP BY 1, 2, 3 HAVING sum(b.starting - b.ending) <> 0) AS kept
                        ON judged.task_id IS NOT DISTINCT FROM kept.task_id AND judged.status = kept.status
                        AND judged.year = kept.year
                        WHERE judged.n IS DISTINCT FROM kept.n"""));
        assertEquals(List.of("0"), all("""
                SELECT count(*) FROM (SELECT task_id, region_code, target_year, count(*) AS n FROM target
                    GROUP BY 1, 2, 3) AS targets
                FULL JOIN target_count c ON c.task_id IS NOT DISTINCT FROM targets.task_id
                AND c.region_code IS NOT DISTINCT FROM targets.region_code AND c.target_year = targets.target_year
                WHERE c.targets IS DISTINCT FROM targets.n"""));
        assertEquals(List.of("0"), all("""
                SELECT count(*) FROM (SELECT scope, indicator_code, form, year, n, dense_rank() OVER (
                    PARTITION BY scope, indicator_code, form ORDER BY year DESC) AS recency
                    FROM (SELECT scope, indicator_code, form, year, count(*) AS n FROM observation
                          GROUP BY 1, 2, 3, 4) y) AS figures
                FULL JOIN series_year k ON (k.scope, k.indicator_code, k.form, k.year)
                = (figures.scope, figures.indicator_code, figures.form, figures.year)
                WHERE k.recency IS DISTINCT FROM figures.recency OR k.figures IS DISTINCT FROM figures.n"""));
    }

    private String statusAsOf(int year) throws SQLException {
        return first("SELECT status FROM target_status WHERE target_code = '" + TARGET + "' AND years @> " + year);
    }

    private String first(String sql) throws SQLException {
        var rows = all(sql);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    private List<String> all(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            var rows = new ArrayList<String>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
