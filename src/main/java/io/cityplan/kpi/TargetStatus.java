package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("How a target stands, judged from the latest figure reported as achieved (ACTUAL) for the same indicator, "
        + "scope and form (its `latest`), as of a year. An expected or estimated figure (预计, 有望) never judges a "
        + "target: it gives the target's `outlook`; nor does a figure that measures something else, such as a TOTAL "
        + "summed from another year than the target's `startYear`. The rules apply in this order. A milestone, which has "
        + "no number, is ACHIEVED, OFF_TRACK, NOT_DUE or NO_DATA by the rule in MilestoneProgress.")
public enum TargetStatus {
    @Description("1. The latest figure meets the target: at least the value for ≥, at most for ≤, within 5% of it (or "
            + "past it in the better direction) for ≈, and reaching it in the better direction for =.")
    ACHIEVED,
    @Description("3. Not yet met, but progress from the baseline is at least the share of the period that has passed "
            + "by the latest figure's year.")
    ON_TRACK,
    @Description("3. Not yet met; progress is at least half the share of the period that has passed, but less than "
            + "all of it.")
    AT_RISK,
    @Description("2. The latest figure is for the whole target year or a later year and does not meet it; or 3. "
            + "progress is less than half the share of the period that has passed.")
    OFF_TRACK,
    @Description("4. No figure to judge by yet, and the target year is after the as-of year.")
    NOT_DUE,
    @Description("5. The target year has come, and no figure judges it: no actual figure is reported (only expected "
            + "ones, or none), or none with a baseline to measure progress from.")
    NO_DATA;
}
