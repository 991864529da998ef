package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.cityplan.common.YearRange;

@Input("TargetFilter")
@Description("What targets to keep: each field given must hold, and lists hold when any of their items does. An "
        + "unknown code is an UNKNOWN_CODE error.")
public record TargetFilter(
        @Description("Only targets of these indicators, by code (e.g. gdp).") List<String> indicators,
        @Description("Only targets of indicators in these policy areas.") List<IndicatorCategory> categories,
        @Description("Only targets at the scope of this region or of a region, park or project within it: 130100 "
                + "keeps the city's own targets and its districts'.") String region,
        @Description("Only targets at the scope of this park.") String park,
        @Description("Only targets at the scope of this project.") String project,
        @Description("Only targets set by this plan's tasks, by code; `programme` and `task` number within it.") String plan,
        @Description("Only targets set by tasks of the programme with this number (1 to 9).") Integer programme,
        @Description("Only targets set by the task with this number (1 to 45).") Integer task,
        @Description("Only targets due in these years.") YearRange targetYear,
        @Description("Only targets with these comparators.") List<Comparison> comparators,
        @Description("Only targets with these statuses, judged as of the query's `asOf`.") List<TargetStatus> statuses,
        @Description("Only targets cited from this document, by code.") String document,
        @Description("Only targets whose indicator's Chinese or English name contains this text, in any case.") String text,
        @Description("Only targets that pass every one of these filters.") List<TargetFilter> and,
        @Description("Only targets that pass at least one of these filters.") List<TargetFilter> or,
        @Description("Only targets that do not pass this filter.") TargetFilter not) {
}
