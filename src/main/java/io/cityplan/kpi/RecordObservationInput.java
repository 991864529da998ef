package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RecordObservationInput")
@Description("A new reported figure.")
public record RecordObservationInput(
        @NonNull @Description("The figure and its source.") ObservationInput observation,
        @Description("Any key unique to this change (a UUID): sent again with the same input, the change is made once and its result answered again.") String idempotencyKey) {
}
