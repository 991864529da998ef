package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.cityplan.common.Code;
import io.cityplan.editing.Changes;
import io.cityplan.editing.Editors;
import io.cityplan.editing.FigureChange;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * Editors' changes to reported figures and targets, and the history of each. A change needs a bearer token with the
 * role editor (admin to retract); see {@link Editors}.
 */
@GraphQLApi
public class FigureEditingGraphQLApi {

    private static final String NEEDS_EDITOR = " Needs a bearer token with the role editor (UNAUTHENTICATED without "
            + "one, FORBIDDEN without the role, EDITING_DISABLED where the server takes no changes).";

    private final Editors editors;
    private final FigureEdits edits;
    private final Changes changes;
    private final FigureChanges changed;

    FigureEditingGraphQLApi(Editors editors, FigureEdits edits, Changes changes, FigureChanges changed) {
        this.editors = editors;
        this.edits = edits;
        this.changes = changes;
        this.changed = changed;
    }

    @Mutation
    @Description("Records a figure a document reports, with the passage that states it; the targets it judges are "
            + "judged again at once." + NEEDS_EDITOR)
    public @NonNull Observation recordObservation(
            @NonNull @Name("input") @Description("The figure, its source, and a key for retries.") RecordObservationInput input) {
        return edits.recordObservation(editors.require(Editors.EDITOR), input);
    }

    @Mutation
    @Description("Corrects a figure an editor recorded: the figure as it should read replaces it, and its history "
            + "keeps both. CONFLICT when it changed since the version given." + NEEDS_EDITOR)
    public @NonNull Observation correctObservation(
            @NonNull @Name("input") @Description("The figure's code and version, the figure as it should read, and why.") CorrectObservationInput input) {
        return edits.correctObservation(editors.require(Editors.EDITOR), input);
    }

    @Mutation
    @Description("Retracts a figure an editor recorded: it is no longer served, and its history keeps it. Needs a "
            + "bearer token with the role admin; CONFLICT when it changed since the version given.")
    public @NonNull FigureChange retractObservation(
            @NonNull @Name("input") @Description("The figure's code and version, and why.") RetractObservationInput input) {
        return edits.retractObservation(editors.require(Editors.ADMIN), input);
    }

    @Mutation
    @Description("Sets a target a document sets, with the passage that sets it; it is judged against the figures of "
            + "its series at once." + NEEDS_EDITOR)
    public @NonNull Target recordTarget(
            @NonNull @Name("input") @Description("The target, its source, and a key for retries.") RecordTargetInput input) {
        return edits.recordTarget(editors.require(Editors.EDITOR), input);
    }

    @Mutation
    @Description("Corrects a target an editor set: the target as it should read replaces it, and its history keeps "
            + "both. CONFLICT when it changed since the version given." + NEEDS_EDITOR)
    public @NonNull Target correctTarget(
            @NonNull @Name("input") @Description("The target's code and version, the target as it should read, and why.") CorrectTargetInput input) {
        return edits.correctTarget(editors.require(Editors.EDITOR), input);
    }

    @Mutation
    @Description("Retracts a target an editor set: it is no longer served, and its history keeps it. Needs a bearer "
            + "token with the role admin; CONFLICT when it changed since the version given.")
    public @NonNull FigureChange retractTarget(
            @NonNull @Name("input") @Description("The target's code and version, and why.") RetractTargetInput input) {
        return edits.retractTarget(editors.require(Editors.ADMIN), input);
    }

    @Subscription
    @Description("Tells of every figure and target an editor records, corrects or retracts from now on, on any instance of the "
            + "API, as it commits (graphql-transport-ws over a WebSocket at /graphql). Reads need no token.")
    public Multi<@NonNull FigureChanged> figureChanged(
            @Nullable @Name("indicators") @Description("Only figures and targets of these indicators (codes); all when left out.") List<@NonNull String> indicators,
            @Name("region") @Description("Only figures and targets of this region, the regions under it and the parks and projects placed in those (its code); all when left out.") @Code String region) {
        return changed.of(indicators, region);
    }

    @Query
    @Description("Every change made to a figure by editors, oldest first: also for one since retracted. Empty for a "
            + "figure no editor has changed.")
    public @NonNull List<@NonNull FigureChange> observationHistory(
            @NonNull @Name("code") @Description("The figure's code.") @Code String code) {
        return changes.history(FigureSubject.OBSERVATION.name(), List.of(code)).get(0);
    }

    @Name("history")
    @Description("Every change editors made to the figure, oldest first; empty for a figure of a dataset release.")
    public List<@NonNull List<@NonNull FigureChange>> observationsHistory(@Source List<Observation> observations) {
        return changes.history(FigureSubject.OBSERVATION.name(), observations.stream().map(Observation::code).toList());
    }

    @Query
    @Description("Every change made to a target by editors, oldest first: also for one since retracted. Empty for a "
            + "target no editor has changed.")
    public @NonNull List<@NonNull FigureChange> targetHistory(
            @NonNull @Name("code") @Description("The target's code.") @Code String code) {
        return changes.history(FigureSubject.TARGET.name(), List.of(code)).get(0);
    }

    @Name("history")
    @Description("Every change editors made to the target, oldest first; empty for a target of a dataset release.")
    public List<@NonNull List<@NonNull FigureChange>> targetsHistory(@Source List<Target> targets) {
        return changes.history(FigureSubject.TARGET.name(), targets.stream().map(Target::code).toList());
    }
}
