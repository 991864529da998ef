package io.cityplan.kpi;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.editing.ConflictException;
import io.cityplan.editing.Editors.Editor;
import io.cityplan.editing.FigureChange;
import io.cityplan.kpi.FigureWrites.Asked;

/**
 * What editors do to reported figures and targets: each input checked by the dataset's rules ({@link FigureChecks}),
 * written with its audit record ({@link FigureWrites}), and answered as it reads after the change.
 */
@ApplicationScoped
class FigureEdits {

    private final FigureChecks checks;
    private final FigureWrites writes;
    private final KpiService kpis;

    FigureEdits(FigureChecks checks, FigureWrites writes, KpiService kpis) {
        this.checks = checks;
        this.writes = writes;
        this.kpis = kpis;
    }

    Observation recordObservation(Editor editor, RecordObservationInput input) {
        var row = checks.observation(input.observation(), "observation");
        return observation(writes.record(new Asked(editor, "recordObservation", input, input.idempotencyKey()), row));
    }

    Observation correctObservation(Editor editor, CorrectObservationInput input) {
        var row = checks.observation(input.observation(), "observation");
        writes.correct(new Asked(editor, "correctObservation", input, input.idempotencyKey()), input.code(),
                input.version(), row, input.reason());
        return observation(input.code());
    }

    FigureChange retractObservation(Editor editor, RetractObservationInput input) {
        return writes.retract(new Asked(editor, "retractObservation", input, input.idempotencyKey()),
                FigureSubject.OBSERVATION, input.code(), input.version(), input.reason());
    }

    Target recordTarget(Editor editor, RecordTargetInput input) {
        var row = checks.target(input.target(), "target");
        return target(writes.record(new Asked(editor, "recordTarget", input, input.idempotencyKey()), row));
    }

    Target correctTarget(Editor editor, CorrectTargetInput input) {
        var row = checks.target(input.target(), "target");
        writes.correct(new Asked(editor, "correctTarget", input, input.idempotencyKey()), input.code(), input.version(),
                row, input.reason());
        return target(input.code());
    }

    FigureChange retractTarget(Editor editor, RetractTargetInput input) {
        return writes.retract(new Asked(editor, "retractTarget", input, input.idempotencyKey()), FigureSubject.TARGET,
                input.code(), input.version(), input.reason());
    }

    /** The figure as it reads now; CONFLICT when a change sent again finds it retracted since. */
    private Observation observation(String code) {
        var observation = kpis.observation(code);
        if (observation == null) {
            throw retractedSince(code);
        }
        return observation;
    }

    /** The target as it reads now; CONFLICT when a change sent again finds it retracted since. */
    private Target target(String code) {
        var target = kpis.target(code);
        if (target == null) {
            throw retractedSince(code);
        }
        return target;
    }

    private static ConflictException retractedSince(String code) {
        return new ConflictException(code + " was retracted after this change was made.");
    }
}
