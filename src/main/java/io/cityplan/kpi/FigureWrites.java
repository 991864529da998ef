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
import io.cityplan.editing.Editors.Editor;
import io.cityplan.editing.FigureChange;
import io.cityplan.editing.InputRules;
import io.cityplan.editing.InvalidInputException;

/**
 * Editors' changes to figures and targets: each in one transaction with its audit record (table figure_change), its
 * notice to every instance, and the statuses of the targets it touches, which are judged again before it commits, so
 * that progress and counts read after the change reflect it.
 */
@ApplicationScoped
class FigureWrites {

    private static final int MAX_REASON = 2_000;

    private final Changes changes;
    private final TargetStatuses statuses;
    private final ChangeNotices notices;

    FigureWrites(Changes changes, TargetStatuses statuses, ChangeNotices notices) {
        this.changes = changes;
        this.statuses = statuses;
        this.notices = notices;
    }

    /** A change as an editor asked for it: the mutation, its input and its idempotency key. */
    record Asked(Editor editor, String mutation, Object input, String idempotencyKey) {
    }

    /** Records {@code row} as asked; its new code (or, asked again, the code it was recorded under). */
    String record(Asked asked, FigureRows.Row row) {
        return changes.inTransaction(connection -> {
            var replayed = replayed(connection, asked);
            if (replayed != null) {
                return replayed;
            }
            var code = row.codeStem() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            FigureRows.citation(connection, row);
            var place = FigureRows.insert(connection, row, code);
            write(connection, asked, new Made(row.subject().name(), code, ChangeAction.RECORDED, 1, null, null,
                    FigureRows.record(connection, row.subject(), code)), place);
            return code;
        });
    }

    /** Replaces {@code code}, read at {@code version}, with {@code row}, for {@code reason}. */
    void correct(Asked asked, String code, int version, FigureRows.Row row, String reason) {
        reason(reason);
        changes.inTransaction(connection -> {
            if (replayed(connection, asked) != null) {
                return code;
            }
            var before = FigureRows.locked(connection, row.subject(), code, version);
            FigureRows.citation(connection, row);
            var place = FigureRows.update(connection, row, code);
            write(connection, asked, new Made(row.subject().name(), code, ChangeAction.CORRECTED, version + 1, reason,
                    before.record(), FigureRows.record(connection, row.subject(), code)), place);
            return code;
        });
    }

    /** Retracts {@code code}, read at {@code version}, for {@code reason}; the change, as its history keeps it. */
    FigureChange retract(Asked asked, FigureSubject subject, String code, int version, String reason) {
        reason(reason);
        changes.inTransaction(connection -> {
            if (replayed(connection, asked) != null) {
                return code;
            }
            var before = FigureRows.locked(connection, subject, code, version);
            FigureRows.delete(connection, subject, code);
            write(connection, asked, new Made(subject.name(), code, ChangeAction.RETRACTED, version, reason,
                    before.record(), null), before.place());
            return code;
        });
        var history = changes.history(subject.name(), List.of(code)).get(0);
        return history.get(history.size() - 1);
    }

    /**
     * The code a change sent again already changed, or null; otherwise the change goes on holding the lock judging
     * takes ({@link TargetStatuses#lockJudging}), which it would take when it judges.
     */
    private String replayed(Connection connection, Asked asked) throws SQLException {
        var replayed = changes.replayed(connection, asked.editor(), asked.idempotencyKey(), asked.mutation(),
                asked.input()).orElse(null);
        if (replayed == null) {
            TargetStatuses.lockJudging(connection);
        }
        return replayed;
    }

    /** Keeps the change, judges the targets it touches and tells every instance of it, in its transaction. */
    private void write(Connection connection, Asked asked, Made change, FigureRows.Place place) throws SQLException {
        changes.write(connection, change, asked.editor(), asked.idempotencyKey(), asked.mutation(), asked.input());
        statuses.judgeWithin(connection);
        notices.tell(connection, new Notice(change.subject(), change.code(), change.action(), change.version(),
                place.indicator(), place.scope()));
    }

    private static void reason(String reason) {
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "say why, for the history");
        }
        InputRules.text(reason, MAX_REASON, "reason");
    }
}
