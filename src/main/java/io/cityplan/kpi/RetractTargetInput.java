package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RetractTargetInput")
@Description("The retraction of a target an editor set: it is no longer served, and its history keeps it.")
public record RetractTargetInput(
        @NonNull @Description("The target's code.") String code,
        @Description("The version of the target being retracted (its `version`); CONFLICT when it has changed since.") int version,
        @NonNull @Description("Why, for the target's history.") String reason,
        @Description("Any key unique to this change: sent again with the same input, the change is made once.") String idempotencyKey) {
}
