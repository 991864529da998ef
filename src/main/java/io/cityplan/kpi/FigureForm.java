package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("What a target or reported value measures about its indicator.")
public enum FigureForm {
    @Description("The indicator's level itself.")
    LEVEL,
    @Description("The per cent change of the indicator from the baseline year (negative for a fall).")
    CHANGE,
    @Description("How far the indicator lies above a named reference (e.g. the provincial average), in the unit given.")
    DIFFERENCE,
    @Description("The indicator's average yearly growth over the period, in per cent.")
    ANNUAL_GROWTH;
}
