package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RecordTargetInput")
@Description("A new target.")
public record RecordTargetInput(
        @NonNull @Description("The target and its source.") TargetInput target,
        @Description("Any key unique to this change (a UUID): sent again with the same input, the change is made once and its result answered again.") String idempotencyKey) {
}
