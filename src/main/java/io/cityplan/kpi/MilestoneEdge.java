package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A milestone and its cursor.")
public record MilestoneEdge(
        @NonNull @Description("Opaque cursor: pass it as `after` or `before` to page from this milestone.") String cursor,
        @NonNull @Description("The milestone.") Milestone node) {
}
