package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The value a reported figure changed from, as the document states it beside the figure (由10人减至2到4人: "
        + "10 人); the document gives no year for it.")
public record PriorValue(
        @NonNull @Description("The value, exact, in `unit`.") BigDecimal value,
        @NonNull @Description("The unit as the document writes it, which may differ from the figure's (1小时 to "
                + "10分钟).") String unit,
        @NonNull @Description("How the value is qualified: exactly it, or at least (至少) it, and so on.") Comparison comparator) {
}
