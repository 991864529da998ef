package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What a document expects of a target: the latest figure reported as expected or estimated (预计, 有望) "
        + "that no actual figure has overtaken. It does not judge the target; `status` comes from actual figures only.")
public record TargetOutlook(
        @NonNull @Description("The expected or estimated figure.") Observation figure,
        @NonNull @Description("Its value in the target's unit.") BigDecimal value,
        @Description("Whether the figure would meet the target, by the rule of ACHIEVED.") boolean meets) {
}
