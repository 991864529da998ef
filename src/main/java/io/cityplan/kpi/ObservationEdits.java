package io.cityplan.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.common.Code;
import io.cityplan.editing.ChangeAction;
import io.cityplan.editing.ChangeNotices;
import io.cityplan.editing.ChangeNotices.Notice;
import io.cityplan.editing.Changes;
import io.cityplan.editing.Changes.Made;
import io.cityplan.editing.ConflictException;
import io.cityplan.editing.Editors.Editor;
import io.cityplan.editing.FigureChange;
import io.cityplan.editing.InvalidInputException;

/**
 * Editors' changes to reported figures: each in one transaction with its audit record (table figure_change) and the
 * statuses of the targets it judges, which are judged again before it commits, so that progress and counts read after
 * the change reflect it.
 */
@ApplicationScoped
class ObservationEdits {

    static final String SUBJECT = "OBSERVATION";
    private static final int MAX_REASON = 2_000;

    /** A figure as the audit trail keeps it: its columns, its quote and the document quoted. */
    private static final String RECORD = """
            SELECT (to_jsonb(o) - 'scope' || jsonb_build_object('quote', c.quote, 'document', c.document_code))::text
            FROM observation o JOIN citation c ON c.id = o.citation_id WHERE o.code = ?""";

    private final Changes changes;
    private final ObservationChecks checks;
    private final TargetStatuses statuses;
    private final KpiService kpis;
    private final ChangeNotices notices;

    ObservationEdits(Changes changes, ObservationChecks checks, TargetStatuses statuses, KpiService kpis,
            ChangeNotices notices) {
        this.changes = changes;
        this.checks = checks;
        this.statuses = statuses;
        this.kpis = kpis;
        this.notices = notices;
    }

    Observation record(Editor editor, RecordObservationInput input) {
        var row = checks.check(input.observation(), "observation");
        var code = changes.inTransaction(connection -> {
            var replayed = changes.replayed(connection, editor, input.idempotencyKey(), "recordObservation", input);
            return replayed.isPresent() ? replayed.get() : insert(connection, editor, input, row);
        });
        return current(code);
    }

    private String insert(Connection connection, Editor editor, RecordObservationInput input,
            ObservationChecks.Row row) throws SQLException {
        var indicator = row.input().indicator();
        var code = "e" + row.input().year() + "-" + indicator.substring(0, Math.min(indicator.length(), 40)) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        citation(connection, row);
        try (var insert = connection.prepareStatement("""
                INSERT INTO observation (indicator_code, region_code, park_code, project_code, start_year, year,
                    period_zh, kind, comparator, form, value, unit_symbol, note, citation_id, code, origin, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EDITOR', 1)""")) {
            int next = bind(insert, row);
            insert.setString(next, code);
            insert.executeUpdate();
        }
        changes.write(connection, new Made(SUBJECT, code, ChangeAction.RECORDED, 1, null, null,
                record(connection, code)), editor, input.idempotencyKey(), "recordObservation", input);
        statuses.judgeWithin(connection);
        notices.tell(connection, notice(code, ChangeAction.RECORDED, 1, row.input()));
        return code;
    }

    Observation correct(Editor editor, CorrectObservationInput input) {
        var row = checks.check(input.observation(), "observation");
        reason(input.reason());
        var code = changes.inTransaction(connection -> {
            if (changes.replayed(connection, editor, input.idempotencyKey(), "correctObservation", input)
                    .isPresent()) {
                return input.code();
            }
            var before = locked(connection, input.code(), input.version());
            citation(connection, row);
            try (var update = connection.prepareStatement("""
                    UPDATE observation SET (indicator_code, region_code, park_code, project_code, start_year, year,
                        period_zh, kind, comparator, form, value, unit_symbol, note, citation_id, version)
                        = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, version + 1)
                    WHERE code = ?""")) {
                int next = bind(update, row);
                update.setString(next, input.code());
                update.executeUpdate();
            }
            changes.write(connection, new Made(SUBJECT, input.code(), ChangeAction.CORRECTED, input.version() + 1,
                    input.reason(), before.record(), record(connection, input.code())), editor,
                    input.idempotencyKey(), "correctObservation", input);
            statuses.judgeWithin(connection);
            notices.tell(connection, notice(input.code(), ChangeAction.CORRECTED, input.version() + 1,
                    row.input()));
            return input.code();
        });
        return current(code);
    }

    FigureChange retract(Editor editor, RetractObservationInput input) {
        reason(input.reason());
        var code = changes.inTransaction(connection -> {
            if (changes.replayed(connection, editor, input.idempotencyKey(), "retractObservation", input)
                    .isPresent()) {
                return input.code();
            }
            var before = locked(connection, input.code(), input.version());
            try (var delete = connection.prepareStatement("DELETE FROM observation WHERE code = ?")) {
                delete.setString(1, input.code());
                delete.executeUpdate();
            }
            changes.write(connection, new Made(SUBJECT, input.code(), ChangeAction.RETRACTED, input.version(),
                    input.reason(), before.record(), null), editor, input.idempotencyKey(), "retractObservation",
                    input);
            statuses.judgeWithin(connection);
            notices.tell(connection, new Notice(SUBJECT, input.code(), ChangeAction.RETRACTED, input.version(),
                    before.indicator(), before.scope()));
            return input.code();
        });
        var history = changes.history(SUBJECT, List.of(code)).get(0);
        return history.get(history.size() - 1);
    }

    private static void reason(String reason) {
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "say why, for the figure's history");
        }
        ObservationChecks.text(reason, MAX_REASON, "reason");
    }

    /**
     * The record of figure {@code code}, locked for the rest of the transaction, when an editor recorded it and it is
     * at {@code version}; otherwise the error that says why it cannot be changed.
     */
    /** A figure as it was before a change: its record for the history, its indicator and scope for the notice. */
    private record Before(String record, String indicator, String scope) {
    }

    private static Before locked(Connection connection, String code, int version) throws SQLException {
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

    /** What every instance hears of a change that leaves the figure as {@code figure}. */
    private static Notice notice(String code, ChangeAction action, int version, ObservationInput figure) {
        var scope = figure.region() != null ? FigureFilters.REGION + figure.region()
                : figure.park() != null ? FigureFilters.PARK + figure.park() : FigureFilters.PROJECT + figure.project();
        return new Notice(SUBJECT, code, action, version, figure.indicator(), scope);
    }

    private static boolean retracted(Connection connection, String code) throws SQLException {
        try (var query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM figure_change WHERE subject = ? "
                + "AND code = ? AND action = 'RETRACTED')")) {
            query.setString(1, SUBJECT);
            query.setString(2, code);
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static String record(Connection connection, String code) throws SQLException {
        try (var query = connection.prepareStatement(RECORD)) {
            query.setString(1, code);
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The figure's citation, added as the editor's where the document does not hold that passage yet. */
    private static void citation(Connection connection, ObservationChecks.Row row) throws SQLException {
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
    private static int bind(PreparedStatement statement, ObservationChecks.Row row) throws SQLException {
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

    /** The figure as it reads now; CONFLICT when a change sent again finds it retracted since. */
    private Observation current(String code) {
        var observation = kpis.observation(code);
        if (observation == null) {
            throw new ConflictException("Figure " + code + " was retracted after this change was made.");
        }
        return observation;
    }
}
