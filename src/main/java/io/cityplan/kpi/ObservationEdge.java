package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An observation and its cursor.")
public record ObservationEdge(
        @NonNull @Description("Opaque cursor: pass it as `after` or `before` to page from this observation.") String cursor,
        @NonNull @Description("The observation.") Observation node) {
}
