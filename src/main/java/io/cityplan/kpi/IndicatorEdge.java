package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An indicator and its cursor.")
public record IndicatorEdge(
        @NonNull @Description("Opaque cursor: pass it as `after` or `before` to page from this indicator.") String cursor,
        @NonNull @Description("The indicator.") Indicator node) {
}
