package io.cityplan.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import io.cityplan.common.Code;
import io.cityplan.editing.ConflictException;
import io.cityplan.editing.InvalidInputException;

/** The statements {@link ObservationEdits} reads and writes a figure's rows with. */
final class ObservationRows {

    /** A figure as the audit trail keeps it: its columns, its quote and the document quoted. */
    private static final String RECORD = """
            SELECT (to_jsonb(o) - 'scope' || jsonb_build_object('quote', c.quote, 'document', c.document_code))::text
            FROM observation o JOIN citation c ON c.id = o.citation_id WHERE o.code = ?""";

    private ObservationRows() {
    }

    /** A figure as it was before a change: its record for the history, its indicator and scope for the notice. */
    record Before(String record, String indicator, String scope) {
    }

    /**
     * The record of figure {@code code}, locked for the rest of the transaction, when an editor recorded it and it is
     * at {@code version}; otherwise the error that says why it cannot be changed.
     */
    static Before locked(Connection connection, String code, int version) throws SQLException {
        if (!code.matches(Code.PATTERN)) {
            throw new InvalidInputException("code", "is not a figure's code");
        }
        String indicator;
        String scope;
        try (var query = connection.prepareStatement(
                "SELECT origin, version, indicator_code, scope FROM observation WHERE code = ? FOR UPDATE")) {
            query.setString(1, code);
            try (var rs = query.executeQuery()) {
                if (!rs.next()) {
                    if (retracted(connection, code)) {
                        throw new ConflictException("Figure " + code + " was retracted; its history keeps it "
                                + "(observationHistory).");
                    }
                    throw new InvalidInputException("code", "no figure has the code " + code);
                }
                if (!rs.getString(1).equals(FigureOrigin.EDITOR.name())) {
                    throw new InvalidInputException("code", "figure " + code + " came with a dataset release; a "
                            + "release corrects it");
                }
                if (rs.getInt(2) != version) {
                    throw new ConflictException("Figure " + code + " is at version " + rs.getInt(2) + ", not "
                            + version + ": it changed since it was read. Read it again and send the change anew.");
                }
                indicator = rs.getString(3);
                scope = rs.getString(4);
            }
        }
        return new Before(record(connection, code), indicator, scope);
    }

    private static boolean retracted(Connection connection, String code) throws SQLException {
        try (var query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM figure_change WHERE subject = ? "
                + "AND code = ? AND action = 'RETRACTED')")) {
            query.setString(1, ObservationEdits.SUBJECT);
            query.setString(2, code);
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static String record(Connection connection, String code) throws SQLException {
        try (var query = connection.prepareStatement(RECORD)) {
            query.setString(1, code);
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The figure's citation, added as the editor's where the document does not hold that passage yet. */
    static void citation(Connection connection, ObservationChecks.Row row) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO citation (id, document_code, quote, origin) VALUES (?, ?, ?, 'EDITOR')
                ON CONFLICT DO NOTHING""")) {
            insert.setString(1, row.citationId());
            insert.setString(2, row.input().citation().document());
            insert.setString(3, row.input().citation().quote());
            insert.executeUpdate();
        }
    }

    /** Binds the figure's columns in the order of the statements above; returns the next parameter's index. */
    static int bind(PreparedStatement statement, ObservationChecks.Row row) throws SQLException {
        var in = row.input();
        statement.setString(1, in.indicator());
        statement.setString(2, in.region());
        statement.setString(3, in.park());
        statement.setString(4, in.project());
        statement.setObject(5, in.startYear(), Types.INTEGER);
        statement.setInt(6, in.year());
        statement.setString(7, in.periodZh());
        statement.setString(8, in.kind().name());
        statement.setString(9, row.comparator().name());
        statement.setString(10, row.form().name());
        statement.setBigDecimal(11, in.value());
        statement.setString(12, in.unit());
        statement.setString(13, in.note());
        statement.setString(14, row.citationId());
        return 15;
    }

}
