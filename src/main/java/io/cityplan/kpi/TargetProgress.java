package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How far a target has come, computed by the server from the figures reported for its indicator, scope "
        + "and form; the rule is in TargetStatus.")
public record TargetProgress(
        @NonNull @Description("How the target stands.") TargetStatus status,
        @Description("The year the status is judged as of: figures of later years are left out.") int asOf,
        @Description("The latest figure reported as achieved (ACTUAL) for the same indicator, scope and form up to "
                + "`asOf`, which the status is judged by; null when there is none. Of two for the same year, one for "
                + "the whole year wins over one for part of it.") Observation latest,
        @Description("The latest figure's value in the target's unit.") BigDecimal latestValue,
        @Description("The value progress is measured from, in the target's unit: the target's baseline, or a figure "
                + "reported for its baseline year; null when there is neither.") BigDecimal baselineValue,
        @Description("The year of `baselineValue`.") Integer baselineYear,
        @Description("How much of the way from the baseline to the target value the latest figure has come: 0 at the "
                + "baseline, 1 at the target; null without a baseline.") BigDecimal share,
        @Description("How much of the period from the baseline year to the target year had passed by the latest "
                + "figure's year, from 0 to 1; null without a baseline.") BigDecimal expectedShare,
        @Description("What an expected or estimated figure of a later year than `latest` says of the target; null "
                + "when there is none. It never sets `status`.") TargetOutlook outlook) {
}
