package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("How a target relates its indicator to the target value.")
public enum Comparator {
    @Description("At least the value (以上, 不少于, 突破, 超).")
    GTE,
    @Description("At most the value (不超过, 以下).")
    LTE,
    @Description("About the value (左右, 力争).")
    APPROX,
    @Description("The value itself, as the document states it without qualifier.")
    EQ;
}
