package io.cityplan.plan;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A task and its cursor.")
public record TaskEdge(
        @NonNull @Description("Opaque cursor: pass it as `after` or `before` to page from this task.") String cursor,
        @NonNull @Description("The task.") Task node) {
}
