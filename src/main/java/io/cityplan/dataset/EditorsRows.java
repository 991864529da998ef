package io.cityplan.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

/**
 * Keeps what editors recorded (rows marked EDITOR, migration V20) across the load of a dataset release, which replaces
 * every row the dataset wrote: their figures, the passages those quote and the documents editors registered are set
 * aside before, and put back after, in the load's transaction, which changes wait for.
 * <p>
 * Editors' figures win over a release, because they are newer than it: a release never drops or changes one. A release
 * in which a figure of an editor no longer fits (its indicator, region, park, project or unit gone, or the document it
 * cites) is refused, and every such figure named, so that nothing is dropped on a guess: the server keeps the data it
 * had, and an editor retracts or corrects the figures named, or the release puts back what they refer to.
 */
final class EditorsRows {

    /** The columns of observation that are written (scope is generated from them). */
    private static final String OBSERVATION_COLUMNS = "code, indicator_code, region_code, park_code, project_code, "
            + "start_year, year, period_zh, kind, comparator, form, value, unit_symbol, from_value, from_unit_symbol, "
            + "from_comparator, note, citation_id, origin, version";

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
            UNION ALL SELECT 'figure ' || o.code || ' of an editor: the release has no ' || missing
                FROM kept_observation o CROSS JOIN LATERAL (VALUES
                    ('indicator ' || o.indicator_code, o.indicator_code IN (SELECT code FROM indicator)),
                    ('region ' || o.region_code,
                        o.region_code IS NULL OR o.region_code IN (SELECT code FROM region)),
                    ('park ' || o.park_code, o.park_code IS NULL OR o.park_code IN (SELECT code FROM park)),
                    ('project ' || o.project_code,
                        o.project_code IS NULL OR o.project_code IN (SELECT code FROM project)),
                    ('unit ' || o.unit_symbol, o.unit_symbol IN (SELECT symbol FROM unit)),
                    ('unit ' || o.from_unit_symbol,
                        o.from_unit_symbol IS NULL OR o.from_unit_symbol IN (SELECT symbol FROM unit)))
                    AS c(missing, present)
                WHERE NOT c.present
            ORDER BY 1""";

    private final Connection connection;

    EditorsRows(Connection connection) {
        this.connection = connection;
    }

    /** Sets editors' rows aside, in temporary tables dropped with the transaction; false when there are none. */
    boolean setAside() throws SQLException {
        try (var statement = connection.createStatement()) {
            // Changes wait until the release commits: none is lost between setting aside and putting back.
            statement.execute("LOCK TABLE source_document, citation, observation IN SHARE ROW EXCLUSIVE MODE");
            statement.execute("CREATE TEMP TABLE kept_observation ON COMMIT DROP AS SELECT " + OBSERVATION_COLUMNS
                    + " FROM observation WHERE origin = 'EDITOR'");
            // The passages editors' figures quote, those of the dataset's documents too: a release that no longer
            // quotes one gives it back to the editors' figures, where its document is still there.
            statement.execute("""
                    CREATE TEMP TABLE kept_citation ON COMMIT DROP AS
                        SELECT * FROM citation WHERE id IN (SELECT citation_id FROM kept_observation)""");
            statement.execute("""
                    CREATE TEMP TABLE kept_document ON COMMIT DROP AS
                        SELECT * FROM source_document WHERE origin = 'EDITOR'""");
            try (var rs = statement.executeQuery("""
                    SELECT EXISTS (SELECT 1 FROM kept_observation) OR EXISTS (SELECT 1 FROM kept_document)""")) {
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
        }
    }
}
