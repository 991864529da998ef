package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("An order for targets; later orders break ties of earlier ones, and the code breaks any tie left.")
public enum TargetOrder {
    @Description("Earliest target year first.")
    TARGET_YEAR_ASC,
    @Description("Latest target year first.")
    TARGET_YEAR_DESC,
    @Description("By the indicator's code, A to Z.")
    INDICATOR_ASC,
    @Description("By the indicator's code, Z to A.")
    INDICATOR_DESC,
    @Description("By the target's code, A to Z.")
    CODE_ASC,
    @Description("By the target's code, Z to A.")
    CODE_DESC;
}
