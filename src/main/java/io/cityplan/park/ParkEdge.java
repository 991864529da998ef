package io.cityplan.park;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A park and its cursor.")
public record ParkEdge(
        @NonNull @Description("Opaque cursor: pass it as `after` or `before` to page from this park.") String cursor,
        @NonNull @Description("The park.") Park node) {
}
