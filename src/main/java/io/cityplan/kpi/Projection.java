package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.source.Citation;

@Description("A figure a document expects of a project once a stage of it is complete (全部投入运营后: once fully in "
        + "operation): a yearly amount where its indicator is one (年营收), else a count (jobs created). The document "
        + "fixes no year for it, so it has none and judges no target.")
public record Projection(
        @NonNull @Description("Stable key of the projection.") String code,
        @NonNull @Description("How the figure relates to the value: exactly it, or at least (以上), at most or about "
                + "(约, 左右) it.") Comparison comparator,
        @NonNull @Description("The value, exact, in `unit`, once `conditionZh` holds.") BigDecimal value,
        @NonNull @Description("The unit as the document writes it.") String unit,
        @NonNull @Description("From when the figure holds, as the document writes it, e.g. 全部投入运营后.") String conditionZh,
        @NonNull @Description("From when the figure holds, in English.") String conditionEn,
        @Description("How an ambiguous wording was read, where it was.") String note,
        @NonNull @Description("The indicator the figure is for.") Indicator indicator,
        @NonNull @Description("The passage of the document that states the figure.") Citation citation,
        @Ignore String projectCode) {

    /** The columns of table projection (alias p) and its citation (alias pc) that {@link #of} reads, in its order. */
    static final String COLUMNS = "p.code, p.comparator, p.value, p.unit_symbol, p.condition_zh, p.condition_en, "
            + "p.note, p.indicator_code, p.project_code, " + Citation.columns("pc");

    /** Table projection (alias p) with the citation of each (alias pc). */
    static final String FROM = "projection p LEFT JOIN citation pc ON pc.id = p.citation_id";

    static Projection of(Object[] r, References references) {
        return new Projection((String) r[0], Comparison.valueOf((String) r[1]), (BigDecimal) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], references.indicators().get((String) r[7]),
                Citation.of(r, 9), (String) r[8]);
    }
}
