package io.cityplan.kpi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;

import io.cityplan.common.Code;
import io.cityplan.editing.ConflictException;
import io.cityplan.editing.InvalidInputException;
import io.cityplan.source.CitationInput;

/** The statements {@link FigureWrites} reads and writes the rows of figures and targets with. */
final class FigureRows {

    /** A row as it is recorded and audited, once its input is checked: what it is, its columns, and its passage. */
    record Row(FigureSubject subject, Map<String, Object> columns, String citationId, CitationInput citation,
            String codeStem) {
    }

    /** A figure or target as the audit trail keeps it: its columns, its quote and the document quoted. */
    private static final String RECORD = """
            SELECT (to_jsonb(f) - 'scope' || jsonb_build_object('quote', c.quote, 'document', c.document_code))::text
            FROM %s f JOIN citation c ON c.id = f.citation_id WHERE f.code = ?""";

    private FigureRows() {
    }

    /** What a notice says of a row: its indicator and scope (R, P or J and the code). */
    record Place(String indicator, String scope) {
    }

    /** A row as it was before a change: its record for the history, and its place for the notice. */
    record Before(String record, Place place) {
    }

    /** Writes a new row of an editor's with code {@code code}; where it is. */
    static Place insert(Connection connection, Row row, String code) throws SQLException {
        return write(connection, "INSERT INTO %s (%s, code, origin, version) VALUES (%s, ?, 'EDITOR', 1)", row, code);
    }

    /** Replaces row {@code code} with {@code row}, one version on; where it is now. */
    static Place update(Connection connection, Row row, String code) throws SQLException {
        return write(connection, "UPDATE %s SET (%s, version) = (%s, version + 1) WHERE code = ?", row, code);
    }

    /** Runs {@code statement} with the row's table, columns and their values, and {@code code} after them. */
    private static Place write(Connection connection, String statement, Row row, String code) throws SQLException {
        var sql = statement.formatted(row.subject().table(), String.join(", ", row.columns().keySet()),
                String.join(", ", Collections.nCopies(row.columns().size(), "?")))
                + " RETURNING indicator_code, scope";
        try (var write = connection.prepareStatement(sql)) {
            int index = 0;
            for (var value : row.columns().values()) {
                write.setObject(++index, value);
            }
            write.setString(index + 1, code);
            try (var rs = write.executeQuery()) {
                rs.next();
                return new Place(rs.getString(1), rs.getString(2));
            }
        }
    }

    static void delete(Connection connection, FigureSubject subject, String code) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM " + subject.table() + " WHERE code = ?")) {
            delete.setString(1, code);
            delete.executeUpdate();
        }
    }

    /**
     * The record of {@code code}, locked for the rest of the transaction, when an editor recorded it and it is at
     * {@code version}; otherwise the error that says why it cannot be changed.
     */
    static Before locked(Connection connection, FigureSubject subject, String code, int version)
            throws SQLException {
        if (!code.matches(Code.PATTERN)) {
            throw new InvalidInputException("code", "is not a code");
        }
        var noun = subject.noun();
        Place place;
        try (var query = connection.prepareStatement("SELECT origin, version, indicator_code, scope FROM "
                + subject.table() + " WHERE code = ? FOR UPDATE")) {
            query.setString(1, code);
            try (var rs = query.executeQuery()) {
                if (!rs.next()) {
                    if (retracted(connection, subject, code)) {
                        throw new ConflictException(noun + " " + code + " was retracted; its history keeps it ("
                                + subject.historyQuery() + ").");
                    }
                    throw new InvalidInputException("code", "no " + noun.toLowerCase() + " has the code " + code);
                }
                if (!rs.getString(1).equals(FigureOrigin.EDITOR.name())) {
                    throw new InvalidInputException("code", noun.toLowerCase() + " " + code + " came with a "
                            + "dataset release; a release corrects it");
                }
                if (rs.getInt(2) != version) {
                    throw new ConflictException(noun + " " + code + " is at version " + rs.getInt(2) + ", not "
                            + version + ": it changed since it was read. Read it again and send the change anew.");
                }
                place = new Place(rs.getString(3), rs.getString(4));
            }
        }
        return new Before(record(connection, subject, code), place);
    }

    private static boolean retracted(Connection connection, FigureSubject subject, String code)
            throws SQLException {
        try (var query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM figure_change WHERE subject = ? "
                + "AND code = ? AND action = 'RETRACTED')")) {
            query.setString(1, subject.name());
            query.setString(2, code);
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static String record(Connection connection, FigureSubject subject, String code) throws SQLException {
        try (var query = connection.prepareStatement(RECORD.formatted(subject.table()))) {
            query.setString(1, code);
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The row's citation, added as the editor's where the document does not hold that passage yet. */
    static void citation(Connection connection, Row row) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO citation (id, document_code, quote, origin) VALUES (?, ?, ?, 'EDITOR')
                ON CONFLICT DO NOTHING""")) {
            insert.setString(1, row.citationId());
            insert.setString(2, row.citation().document());
            insert.setString(3, row.citation().quote());
            insert.executeUpdate();
        }
    }
}
