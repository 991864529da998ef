package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.editing.FigureChange;

@Description("A figure an editor recorded, corrected or retracted, as a subscription tells of it.")
public record FigureChanged(
        @NonNull @Description("The figure's code.") String code,
        @NonNull @Description("What the change did, who made it, when, and the record before and after.") FigureChange change,
        @Description("The figure as it reads after the change; null when the change retracted it.") Observation observation,
        @NonNull @Description("The indicator the figure is for.") Indicator indicator,
        @Ignore String scope) {
}
