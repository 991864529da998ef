package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.source.CitationInput;

@Input("ObservationInput")
@Description("A reported figure as an editor records it, with its source; the dataset's rules apply to it.")
public record ObservationInput(
        @NonNull @Description("The indicator's code, e.g. gdp.") String indicator,
        @Description("The region the figure is for (its administrative code); give exactly one of region, park and project.") String region,
        @Description("The park the figure is for (its code).") String park,
        @Description("The project the figure is for (its code).") String project,
        @Description("The year the figure is for; for a TOTAL, the last year it is summed over.") int year,
        @Description("The first year a TOTAL figure is summed over; only for TOTAL, which needs it.") Integer startYear,
        @Description("Part of the year covered, in Chinese, when less than a year (e.g. 1-11月).") String periodZh,
        @NonNull @Description("Achieved, expected or estimated; an achieved figure cannot be for a year after its document's.") ObservationKind kind,
        @Description("How the figure relates to the value; EQ when left out.") Comparison comparator,
        @Description("What the value measures; LEVEL when left out.") FigureForm form,
        @NonNull @Description("The value, exact, in `unit`.") BigDecimal value,
        @NonNull @Description("The unit as the document writes it; one of the dataset's units.") String unit,
        @Description("How an ambiguous wording was read, where it was (at most 2,000 characters).") String note,
        @NonNull @Description("The document and passage that state the figure.") CitationInput citation) {
}
