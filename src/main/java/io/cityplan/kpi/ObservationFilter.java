package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.cityplan.common.YearRange;

@Input("ObservationFilter")
@Description("What reported figures to keep: each field given must hold, and lists hold when any of their items "
        + "does. An unknown code is an UNKNOWN_CODE error.")
public record ObservationFilter(
        @Description("Only figures of these indicators, by code (e.g. gdp).") List<String> indicators,
        @Description("Only figures of indicators in these policy areas.") List<IndicatorCategory> categories,
        @Description("Only figures at the scope of this region or of a region, park or project within it.") String region,
        @Description("Only figures at the scope of this park.") String park,
        @Description("Only figures at the scope of this project.") String project,
        @Description("Only figures for these years.") YearRange year,
        @Description("Only figures of these kinds.") List<ObservationKind> kinds,
        @Description("Only figures cited from this document, by code.") String document,
        @Description("Only figures whose indicator's Chinese or English name contains this text, in any case.") String text,
        @Description("Only figures that pass every one of these filters.") List<ObservationFilter> and,
        @Description("Only figures that pass at least one of these filters.") List<ObservationFilter> or,
        @Description("Only figures that do not pass this filter.") ObservationFilter not) {
}
