package io.cityplan.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A project and its cursor.")
public record ProjectEdge(
        @NonNull @Description("Opaque cursor: pass it as `after` or `before` to page from this project.") String cursor,
        @NonNull @Description("The project.") Project node) {
}
