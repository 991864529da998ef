package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Connections;
import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;

@Description("A target a document sets for an indicator, at the scope of a region (the city, a district, county or "
        + "zone) or a park, for a year.")
public record Target(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the target.") String code,
        @NonNull @Description("How the indicator must relate to the value.") Comparator comparator,
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
        @Ignore String indicatorCode,
        @Ignore String regionCode,
        @Ignore String parkCode,
        @Ignore String projectCode,
        @Ignore String taskKey,
        @Ignore String citationId) implements Node {

    static Target of(TargetEntity e) {
        return new Target(GlobalId.of("Target", e.code), e.code, e.comparator, e.form, e.value, e.unitSymbol,
                e.startYear, e.targetYear, e.baselineValue, e.baselineYear, e.referenceZh, e.referenceEn,
                e.aspirational, e.note, e.indicatorCode, e.regionCode, e.parkCode, e.projectCode, e.taskId,
                e.citationId);
    }

    /** The order of target lists, by target year and then code; cursors hold it. */
    public static String sortKey(Target t) {
        return Connections.numbered(t.targetYear(), t.code());
    }
}
