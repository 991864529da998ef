package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Description("How an indicator relates to a stated value: a target's bound, or the qualifier of a reported figure.")
@Name("Comparator") // the schema's name; in Java, Comparator would hide java.util.Comparator
public enum Comparison {
    @Description("At least the value (以上, 不少于, 突破, 超; of reported figures 多, 余).")
    GTE,
    @Description("At most the value (不超过, 以下, 内).")
    LTE,
    @Description("About the value (左右, 约, 近, 力争).")
    APPROX,
    @Description("The value itself, as the document states it without qualifier.")
    EQ;
}
