package io.cityplan.kpi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.editing.ChangeAction;
import io.cityplan.editing.ChangeNotices;
import io.cityplan.editing.ChangeNotices.Notice;
import io.cityplan.editing.Changes;
import io.cityplan.editing.Changes.Made;
import io.cityplan.editing.ConflictException;
import io.cityplan.editing.Editors.Editor;
import io.cityplan.editing.FigureChange;
import io.cityplan.editing.InputRules;
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
        ObservationRows.citation(connection, row);
        try (var insert = connection.prepareStatement("""
                INSERT INTO observation (indicator_code, region_code, park_code, project_code, start_year, year,
                    period_zh, kind, comparator, form, value, unit_symbol, note, citation_id, code, origin, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EDITOR', 1)""")) {
            int next = ObservationRows.bind(insert, row);
            insert.setString(next, code);
            insert.executeUpdate();
        }
        changes.write(connection, new Made(SUBJECT, code, ChangeAction.RECORDED, 1, null, null,
                ObservationRows.record(connection, code)), editor, input.idempotencyKey(), "recordObservation", input);
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
            var before = ObservationRows.locked(connection, input.code(), input.version());
            ObservationRows.citation(connection, row);
            try (var update = connection.prepareStatement("""
                    UPDATE observation SET (indicator_code, region_code, park_code, project_code, start_year, year,
                        period_zh, kind, comparator, form, value, unit_symbol, note, citation_id, version)
                        = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, version + 1)
                    WHERE code = ?""")) {
                int next = ObservationRows.bind(update, row);
                update.setString(next, input.code());
                update.executeUpdate();
            }
            changes.write(connection, new Made(SUBJECT, input.code(), ChangeAction.CORRECTED, input.version() + 1,
                    input.reason(), before.record(), ObservationRows.record(connection, input.code())), editor,
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
            var before = ObservationRows.locked(connection, input.code(), input.version());
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
        InputRules.text(reason, MAX_REASON, "reason");
    }

    /** What every instance hears of a change that leaves the figure as {@code figure}. */
    private static Notice notice(String code, ChangeAction action, int version, ObservationInput figure) {
        var scope = figure.region() != null ? FigureFilters.REGION + figure.region()
                : figure.park() != null ? FigureFilters.PARK + figure.park() : FigureFilters.PROJECT + figure.project();
        return new Notice(SUBJECT, code, action, version, figure.indicator(), scope);
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
