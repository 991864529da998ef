package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RetractObservationInput")
@Description("The retraction of a figure an editor recorded: it is no longer served, and its history keeps it.")
public record RetractObservationInput(
        @NonNull @Description("The figure's code.") String code,
        @Description("The version of the figure being retracted (its `version`); CONFLICT when it has changed since.") int version,
        @NonNull @Description("Why, for the figure's history.") String reason,
        @Description("Any key unique to this change: sent again with the same input, the change is made once.") String idempotencyKey) {
}
