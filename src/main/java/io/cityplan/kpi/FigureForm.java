package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("What a target or reported value measures about its indicator.")
public enum FigureForm {
    @Description("The indicator's level itself.")
    LEVEL,
    @Description("The per cent change of the indicator from the baseline year, e.g. growth (增长).")
    CHANGE,
    @Description("The per cent fall of the indicator from the baseline year, as a positive number (下降, 降低).")
    DECREASE,
    @Description("The amount in each year of the period from startYear to targetYear (每年, 年均).")
    PER_YEAR,
    @Description("The total over the period from startYear to targetYear, e.g. over the 14th five-year plan.")
    TOTAL,
    @Description("How far the indicator lies above a named reference (e.g. the provincial average), in the unit given.")
    DIFFERENCE,
    @Description("The indicator's average yearly growth over the period, in per cent.")
    ANNUAL_GROWTH;
}
