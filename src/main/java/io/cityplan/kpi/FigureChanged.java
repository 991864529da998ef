package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.editing.FigureChange;

@Description("A figure or target an editor recorded, corrected or retracted, as a subscription tells of it.")
public record FigureChanged(
        @NonNull @Description("Whether the change was to a reported figure or a target.") FigureSubject subject,
        @NonNull @Description("The code of the figure or target.") String code,
        @NonNull @Description("What the change did, who made it, when, and the record before and after.") FigureChange change,
        @Description("The figure as it reads after the change; null when the change retracted it or was to a target.") Observation observation,
        @Description("The target as it reads after the change; null when the change retracted it or was to a figure.") Target target,
        @NonNull @Description("The indicator of the figure or target.") Indicator indicator,
        @Ignore String scope) {
}
