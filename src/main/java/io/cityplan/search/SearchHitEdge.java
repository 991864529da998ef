package io.cityplan.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A search hit and its cursor.")
public record SearchHitEdge(
        @NonNull @Description("Opaque cursor: pass it as `after` or `before` to page from this hit.") String cursor,
        @NonNull @Description("The hit.") SearchHit node) {
}
