package io.cityplan.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

/**
 * Keeps what editors recorded (rows marked EDITOR, migrations V20 and V21) across the load of a dataset release, which
 * replaces every row the dataset wrote: their figures and targets, the passages those quote and the documents editors
 * registered are set aside before, and put back after, in the load's transaction, which changes wait for.
 * <p>
 * Editors' figures and targets win over a release, because they are newer than it: a release never drops or changes
 * one. A release in which one of them no longer fits (its indicator, region, park, project, task or unit gone, the
 * document it cites, or its code taken) is refused, and every such row named, so that nothing is dropped on a guess:
 * the server keeps the data it had, and an editor retracts or corrects the rows named, or the release puts back what
 * they refer to.
 */
final class EditorsRows {

    /** The columns of observation and target that are written (scope is generated from them). */
    private static final String OBSERVATION_COLUMNS = "code, indicator_code, region_code, park_code, project_code, "
            + "start_year, year, period_zh, kind, comparator, form, value, unit_symbol, from_value, from_unit_symbol, "
            + "from_comparator, note, citation_id, origin, version";
    private static final String TARGET_COLUMNS = "code, indicator_code, region_code, park_code, project_code, task_id, "
            + "comparator, form, value, unit_symbol, start_year, target_year, baseline_value, baseline_year, "
            + "reference_zh, reference_en, aspirational, note, citation_id, origin, version";

    /** What an editor's figure or target (of table kept_%1$s, called %2$s) refers to that the release may not have. */
    private static final String MISSING = """
            SELECT '%2$s ' || k.code || ' of an editor: the release has no ' || missing
                FROM kept_%1$s k CROSS JOIN LATERAL (VALUES
                    ('indicator ' || k.indicator_code, k.indicator_code IN (SELECT code FROM indicator)),
                    ('region ' || k.region_code, k.region_code IS NULL OR k.region_code IN (SELECT code FROM region)),
                    ('park ' || k.park_code, k.park_code IS NULL OR k.park_code IN (SELECT code FROM park)),
                    ('project ' || k.project_code,
                        k.project_code IS NULL OR k.project_code IN (SELECT code FROM project)),
                    ('unit ' || k.unit_symbol, k.unit_symbol IN (SELECT symbol FROM unit)),
                    (%3$s)) AS c(missing, present)
                WHERE NOT c.present
            UNION ALL SELECT '%2$s ' || k.code || ' of an editor: the release has a %2$s of that code'
                FROM kept_%1$s k JOIN %1$s r ON r.code = k.code""";

    /** What editors recorded that the release has no place for, one line each. */
    private static final String CONFLICTS = """
            SELECT 'document ' || d.code || ', registered by an editor: the release has a document of that code'
                FROM kept_document d JOIN source_document r ON r.code = d.code
            UNION ALL SELECT 'document ' || d.code || ', registered by an editor: the release names another '
                || 'document with its file name or URL' FROM kept_document d
                JOIN source_document r ON r.file_name = d.file_name
            UNION ALL SELECT 'citation ' || c.id || ', quoted by an editor: the release has no document '
                || c.document_code FROM kept_citation c
                WHERE c.document_code NOT IN (SELECT code FROM kept_document)
                AND NOT EXISTS (SELECT 1 FROM source_document r WHERE r.code = c.document_code)
            UNION ALL %s
            UNION ALL %s
            ORDER BY 1""".formatted(
            MISSING.formatted("observation", "figure", "'unit ' || k.from_unit_symbol, "
                    + "k.from_unit_symbol IS NULL OR k.from_unit_symbol IN (SELECT symbol FROM unit)"),
            MISSING.formatted("target", "target", "'task ' || k.task_id, "
                    + "k.task_id IS NULL OR k.task_id IN (SELECT id FROM task)"));

    private final Connection connection;

    EditorsRows(Connection connection) {
        this.connection = connection;
    }

    /** Sets editors' rows aside, in temporary tables dropped with the transaction; false when there are none. */
    boolean setAside() throws SQLException {
        try (var statement = connection.createStatement()) {
            // Changes wait until the release commits: none is lost between setting aside and putting back.
            statement.execute("LOCK TABLE source_document, citation, observation, target IN SHARE ROW EXCLUSIVE MODE");
            statement.execute("CREATE TEMP TABLE kept_observation ON COMMIT DROP AS SELECT " + OBSERVATION_COLUMNS
                    + " FROM observation WHERE origin = 'EDITOR'");
            statement.execute("CREATE TEMP TABLE kept_target ON COMMIT DROP AS SELECT " + TARGET_COLUMNS
                    + " FROM target WHERE origin = 'EDITOR'");
            // The passages editors' figures and targets quote, those of the dataset's documents too: a release that no longer
            // quotes one gives it back to the editors' figures, where its document is still there.
            statement.execute("""
                    CREATE TEMP TABLE kept_citation ON COMMIT DROP AS
                        SELECT * FROM citation WHERE id IN (SELECT citation_id FROM kept_observation
                            UNION SELECT citation_id FROM kept_target)""");
            statement.execute("""
                    CREATE TEMP TABLE kept_document ON COMMIT DROP AS
                        SELECT * FROM source_document WHERE origin = 'EDITOR'""");
            try (var rs = statement.executeQuery("""
                    SELECT EXISTS (SELECT 1 FROM kept_observation) OR EXISTS (SELECT 1 FROM kept_target)
                        OR EXISTS (SELECT 1 FROM kept_document)""")) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Puts editors' rows back over the release just written, or refuses the release where one no longer fits. */
    void putBack() throws SQLException {
        var conflicts = new ArrayList<String>();
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(CONFLICTS)) {
            while (rs.next()) {
                conflicts.add(rs.getString(1));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new DatasetException(conflicts);
        }
        try (var statement = connection.createStatement()) {
            statement.execute("INSERT INTO source_document SELECT * FROM kept_document");
            statement.execute("""
                    INSERT INTO citation (id, document_code, quote, origin)
                        SELECT id, document_code, quote, 'EDITOR' FROM kept_citation ON CONFLICT DO NOTHING""");
            statement.execute("INSERT INTO observation (" + OBSERVATION_COLUMNS + ") SELECT " + OBSERVATION_COLUMNS
                    + " FROM kept_observation");
            statement.execute("INSERT INTO target (" + TARGET_COLUMNS + ") SELECT " + TARGET_COLUMNS
                    + " FROM kept_target");
        }
    }
}
