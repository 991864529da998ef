package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;
import io.cityplan.park.Park;
import io.cityplan.project.Project;
import io.cityplan.region.Region;
import io.cityplan.source.Citation;

@Description("A figure a document reports for an indicator, at the scope of a region or a park, for a period.")
public record Observation(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the observation.") String code,
        @Description("The first year a TOTAL figure is summed over (去年至今: last year); null for other forms.") Integer startYear,
        @Description("The year the figure is for; for a TOTAL, the last year it is summed over.") int year,
        @Description("Part of the year covered, in Chinese, when less than a year (e.g. 1-11月).") String periodZh,
        @NonNull @Description("Achieved, expected or estimated.") ObservationKind kind,
        @NonNull @Description("How the figure relates to the value: exactly it, or at least (多, 余, 以上), at most (内) or about (约, 左右, 近) it.") Comparison comparator,
        @NonNull @Description("What the value measures: the level, or a change.") FigureForm form,
        @NonNull @Description("The value, exact, in `unit`.") BigDecimal value,
        @NonNull @Description("The unit as the document writes it.") String unit,
        @Description("The value the document says the figure changed from (由…减至…); null where it gives none.") PriorValue changedFrom,
        @Description("How an ambiguous wording was read, where it was.") String note,
        @NonNull @Description("The indicator the figure is for.") Indicator indicator,
        @NonNull @Description("The passage of the document that reports the figure.") Citation citation,
        @Description("The region the figure is for; null when it is for a park or project.") Region region,
        @Description("The park the figure is for; null when it is for a region or project.") Park park,
        @Description("The project the figure is for; null when it is for a region or park.") Project project,
        @Ignore String indicatorCode,
        @Ignore String regionCode,
        @Ignore String parkCode,
        @Ignore String projectCode,
        @Ignore String citationId,
        @Description("How many times the figure has been recorded or corrected: 1 when first recorded. A correction names the version it corrects, and is refused (CONFLICT) when the figure changed since.") int version,
        @NonNull @Description("Whether the figure came with a dataset release or an editor recorded it.") FigureOrigin origin)
        implements
            Node {

    /** The citation of a figure of alias o, as alias oc; see {@link Target#FROM} on the LEFT JOIN. */
    static final String CITATION = " LEFT JOIN citation oc ON oc.id = o.citation_id";

    /** Table {@code observation} (alias o) with the citation of each figure (alias oc). */
    static final String FROM = "observation o" + CITATION;

    /** The columns of {@link #FROM} that {@link #of(Object[], References)} reads, in its order. */
    static final String COLUMNS = "o.code, o.year, o.period_zh, o.kind, o.comparator, o.form, o.value, o.unit_symbol, "
            + "o.note, o.indicator_code, o.region_code, o.park_code, o.project_code, o.citation_id, o.start_year, "
            + "o.from_value, o.from_unit_symbol, o.from_comparator, o.version, o.origin, "
            + Citation.columns("oc");

    static Observation of(Object[] r, References references) {
        var code = (String) r[0];
        return new Observation(GlobalId.of("Observation", code), code, (Integer) r[14], (Integer) r[1], (String) r[2],
                ObservationKind.valueOf((String) r[3]), Comparison.valueOf((String) r[4]),
                FigureForm.valueOf((String) r[5]), (BigDecimal) r[6], (String) r[7],
                r[15] == null ? null
                        : new PriorValue((BigDecimal) r[15], (String) r[16], Comparison.valueOf((String) r[17])),
                (String) r[8], references.indicators().get((String) r[9]), Citation.of(r, 20),
                Target.lookup(references.regions(), r[10]), Target.lookup(references.parks(), r[11]),
                Target.lookup(references.projects(), r[12]), (String) r[9],
                (String) r[10], (String) r[11], (String) r[12], (String) r[13], (Integer) r[18],
                FigureOrigin.valueOf((String) r[19]));
    }
}
