package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CorrectObservationInput")
@Description("A correction of a figure an editor recorded: the whole figure as it should read.")
public record CorrectObservationInput(
        @NonNull @Description("The figure's code.") String code,
        @Description("The version of the figure the correction was made from (its `version`); CONFLICT when it has changed since.") int version,
        @NonNull @Description("The figure as it should read, with its source.") ObservationInput observation,
        @NonNull @Description("Why, for the figure's history.") String reason,
        @Description("Any key unique to this change: sent again with the same input, the change is made once.") String idempotencyKey) {
}
