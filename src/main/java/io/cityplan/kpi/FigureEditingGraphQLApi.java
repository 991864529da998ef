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
 * Editors' changes to reported figures, and the history of each figure. A change needs a bearer token with the role
 * editor (admin to retract); see {@link Editors}.
 */
@GraphQLApi
public class FigureEditingGraphQLApi {

    private static final String NEEDS_EDITOR = " Needs a bearer token with the role editor (UNAUTHENTICATED without "
            + "one, FORBIDDEN without the role, EDITING_DISABLED where the server takes no changes).";

    private final Editors editors;
    private final ObservationEdits edits;
    private final Changes changes;
    private final FigureChanges changed;

    FigureEditingGraphQLApi(Editors editors, ObservationEdits edits, Changes changes, FigureChanges changed) {
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
        return edits.record(editors.require(Editors.EDITOR), input);
    }

    @Mutation
    @Description("Corrects a figure an editor recorded: the figure as it should read replaces it, and its history "
            + "keeps both. CONFLICT when it changed since the version given." + NEEDS_EDITOR)
    public @NonNull Observation correctObservation(
            @NonNull @Name("input") @Description("The figure's code and version, the figure as it should read, and why.") CorrectObservationInput input) {
        return edits.correct(editors.require(Editors.EDITOR), input);
    }

    @Mutation
    @Description("Retracts a figure an editor recorded: it is no longer served, and its history keeps it. Needs a "
            + "bearer token with the role admin; CONFLICT when it changed since the version given.")
    public @NonNull FigureChange retractObservation(
            @NonNull @Name("input") @Description("The figure's code and version, and why.") RetractObservationInput input) {
        return edits.retract(editors.require(Editors.ADMIN), input);
    }

    @Subscription
    @Description("Tells of every figure an editor records, corrects or retracts from now on, on any instance of the "
            + "API, as it commits (graphql-transport-ws over a WebSocket at /graphql). Reads need no token.")
    public Multi<@NonNull FigureChanged> figureChanged(
            @Nullable @Name("indicators") @Description("Only figures of these indicators (codes); all when left out.") List<@NonNull String> indicators,
            @Name("region") @Description("Only figures of this region, the regions under it and the parks and projects placed in those (its code); all when left out.") @Code String region) {
        return changed.of(indicators, region);
    }

    @Query
    @Description("Every change made to a figure by editors, oldest first: also for one since retracted. Empty for a "
            + "figure no editor has changed.")
    public @NonNull List<@NonNull FigureChange> observationHistory(
            @NonNull @Name("code") @Description("The figure's code.") @Code String code) {
        return changes.history(ObservationEdits.SUBJECT, List.of(code)).get(0);
    }

    @Description("Every change editors made to the figure, oldest first; empty for a figure of a dataset release.")
    public List<@NonNull List<@NonNull FigureChange>> history(@Source List<Observation> observations) {
        return changes.history(ObservationEdits.SUBJECT, observations.stream().map(Observation::code).toList());
    }
}
