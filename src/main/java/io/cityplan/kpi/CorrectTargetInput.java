package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CorrectTargetInput")
@Description("A correction of a target an editor set: the whole target as it should read.")
public record CorrectTargetInput(
        @NonNull @Description("The target's code.") String code,
        @Description("The version of the target the correction was made from (its `version`); CONFLICT when it has changed since.") int version,
        @NonNull @Description("The target as it should read, with its source.") TargetInput target,
        @NonNull @Description("Why, for the target's history.") String reason,
        @Description("Any key unique to this change: sent again with the same input, the change is made once.") String idempotencyKey) {
}
