package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Connections;
import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;

@Description("A figure a document reports for an indicator, at the scope of a region or a park, for a period.")
public record Observation(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the observation.") String code,
        @Description("The year the figure is for.") int year,
        @Description("Part of the year covered, in Chinese, when less than a year (e.g. 1-11月).") String periodZh,
        @NonNull @Description("Achieved, expected or estimated.") ObservationKind kind,
        @NonNull @Description("How the figure relates to the value: exactly it, or at least (多, 余, 以上), at most (内) or about (约, 左右, 近) it.") Comparator comparator,
        @NonNull @Description("What the value measures: the level, or a change.") FigureForm form,
        @NonNull @Description("The value, exact, in `unit`.") BigDecimal value,
        @NonNull @Description("The unit as the document writes it.") String unit,
        @Description("How an ambiguous wording was read, where it was.") String note,
        @Ignore String indicatorCode,
        @Ignore String regionCode,
        @Ignore String parkCode,
        @Ignore String projectCode,
        @Ignore String citationId) implements Node {

    static Observation of(ObservationEntity e) {
        return new Observation(GlobalId.of("Observation", e.code), e.code, e.year, e.periodZh, e.kind, e.comparator,
                e.form,
                e.value, e.unitSymbol, e.note, e.indicatorCode, e.regionCode, e.parkCode, e.projectCode,
                e.citationId);
    }

    /** The order of observation lists, by year and then code; cursors hold it. */
    public static String sortKey(Observation o) {
        return Connections.numbered(o.year(), o.code());
    }
}
