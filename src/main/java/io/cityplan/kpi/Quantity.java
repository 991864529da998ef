package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A value in a normalized unit, so that figures written in different units compare (1 万亿元 = 10000 亿元).")
public record Quantity(
        @NonNull @Description("The value, exact.") BigDecimal value,
        @NonNull @Description("The normalized unit, e.g. 亿元, µg/m³, km.") String unit) {
}
