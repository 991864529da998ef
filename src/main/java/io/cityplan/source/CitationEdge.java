package io.cityplan.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A citation and its cursor.")
public record CitationEdge(
        @NonNull @Description("Opaque cursor: pass it as `after` or `before` to page from this citation.") String cursor,
        @NonNull @Description("The citation.") Citation node) {
}
