package io.cityplan.kpi;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;
import io.cityplan.park.Park;
import io.cityplan.plan.Task;
import io.cityplan.project.Project;
import io.cityplan.region.Region;
import io.cityplan.source.Citation;

@Description("A target a document sets for an indicator, at the scope of a region (the city, a district, county or "
        + "zone) or a park, for a year.")
public record Target(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the target.") String code,
        @NonNull @Description("How the indicator must relate to the value.") Comparison comparator,
        @NonNull @Description("What the value measures: the level, a change from the baseline year, a difference "
                + "from a reference, or yearly growth.") FigureForm form,
        @NonNull @Description("The target value, exact, in `unit`.") BigDecimal value,
        @NonNull @Description("The unit as the document writes it, e.g. %, 万亿元, 微克/立方米.") String unit,
        @Description("First year of the period it covers, where it is a period (十四五: 2021).") Integer startYear,
        @Description("The year by which the target is due.") int targetYear,
        @Description("The baseline value, where the document states it.") BigDecimal baselineValue,
        @Description("The baseline year a CHANGE is measured from, e.g. 2020.") Integer baselineYear,
        @Description("What a DIFFERENCE is measured from, in Chinese, e.g. 全省平均水平.") String referenceZh,
        @Description("What a DIFFERENCE is measured from, in English.") String referenceEn,
        @Description("True when the document only strives for it (力争).") boolean aspirational,
        @Description("How an ambiguous wording was read, where it was.") String note,
        @NonNull @Description("The indicator the target is set for.") Indicator indicator,
        @NonNull @Description("The passage of the document that sets the target.") Citation citation,
        @Description("The region the target applies to; null when it applies to a park or project.") Region region,
        @Description("The park the target applies to; null when it applies to a region or project.") Park park,
        @Description("The project the target applies to; null when it applies to a region or park.") Project project,
        @Description("The plan task that sets the target, where it belongs to one.") Task task,
        @Ignore String indicatorCode,
        @Ignore String regionCode,
        @Ignore String parkCode,
        @Ignore String projectCode,
        @Ignore String taskKey,
        @Ignore String citationId,
        @Description("How many times the target has been set or corrected: 1 when first set. A correction names the version it corrects, and is refused (CONFLICT) when the target changed since.") int version,
        @NonNull @Description("Whether the target came with a dataset release or an editor set it.") FigureOrigin origin)
        implements
            Node {

    /** The citation of a target of alias t, as alias tc. */
    static final String CITATION = " LEFT JOIN citation tc ON tc.id = t.citation_id";

    /**
     * Table {@code target} (alias t) with the citation of each target (alias tc), for reads by code. Lists keep the
     * join apart ({@link io.cityplan.common.RowSource}), so that their counts read the table alone.
     */
    static final String FROM = "target t" + CITATION;

    /** The columns of {@link #FROM} that {@link #of(Object[], References)} reads, in its order. */
    static final String COLUMNS = "t.code, t.comparator, t.form, t.value, t.unit_symbol, t.start_year, t.target_year, "
            + "t.baseline_value, t.baseline_year, t.reference_zh, t.reference_en, t.aspirational, t.note, "
            + "t.indicator_code, t.region_code, t.park_code, t.project_code, t.task_id, t.citation_id, t.version, "
            + "t.origin, " + Citation.columns("tc");

    static Target of(Object[] r, References references) {
        var code = (String) r[0];
        return new Target(GlobalId.of("Target", code), code, Comparison.valueOf((String) r[1]),
                FigureForm.valueOf((String) r[2]), (BigDecimal) r[3], (String) r[4], (Integer) r[5], (Integer) r[6],
                (BigDecimal) r[7], (Integer) r[8], (String) r[9], (String) r[10], (Boolean) r[11], (String) r[12],
                references.indicators().get((String) r[13]), Citation.of(r, 21),
                lookup(references.regions(), r[14]), lookup(references.parks(), r[15]),
                lookup(references.projects(), r[16]), lookup(references.tasks(), r[17]),
                (String) r[13], (String) r[14], (String) r[15], (String) r[16], (String) r[17], (String) r[18],
                (Integer) r[19], FigureOrigin.valueOf((String) r[20]));
    }

    /** The value of a code column in {@code byCode}, or null where the column is null. */
    static <T> T lookup(Map<String, T> byCode, Object code) {
        return code == null ? null : byCode.get((String) code);
    }
}
