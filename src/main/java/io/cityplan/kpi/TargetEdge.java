package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A target and its cursor.")
public record TargetEdge(
        @NonNull @Description("Opaque cursor: pass it as `after` or `before` to page from this target.") String cursor,
        @NonNull @Description("The target.") Target node) {
}
