package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;

@Description("A KPI: what is measured, in what unit, and which way is better. One indicator carries the targets and "
        + "reported figures of every region, park and year.")
public record Indicator(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the indicator, e.g. pm25-concentration.") String code,
        @NonNull @Description("Name in Chinese, in the documents' words, e.g. PM2.5浓度. `citation` is the passage "
                + "that writes it or, where no document writes it as one phrase, the passage whose words it is made of.") String nameZh,
        @NonNull @Description("Name in English.") String nameEn,
        @Description("The unit its level is measured in, as documents write it (e.g. 微克/立方米); null when no "
                + "document states one.") String unit,
        @NonNull @Description("The policy area it measures.") IndicatorCategory category,
        @NonNull @Description("Which way is better.") Direction direction,
        @Ignore String citationId) implements Node {

    static Indicator of(IndicatorEntity e) {
        return new Indicator(GlobalId.of("Indicator", e.code), e.code, e.nameZh, e.nameEn, e.unitSymbol, e.category,
                e.direction, e.citationId);
    }
}
