package io.cityplan.plan;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;

@Description("A development plan: its programmes (工程), key tasks and the targets they set.")
public record Plan(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the plan, e.g. sjz-capital-plan-2021.") String code,
        @NonNull @Description("Title in Chinese, as issued.") String titleZh,
        @NonNull @Description("Title in English (our translation).") String titleEn,
        @NonNull @Description("Who issued it, in Chinese.") String issuerZh,
        @NonNull @Description("Who issued it, in English.") String issuerEn,
        @Description("The year it was issued.") int year,
        @NonNull @Description("What the plan sets out to do, in Chinese (our summary).") String summaryZh,
        @NonNull @Description("What the plan sets out to do, in English (our summary).") String summaryEn,
        @Ignore String regionCode,
        @Ignore String citationId) implements Node {

    static Plan of(PlanEntity e) {
        return new Plan(GlobalId.of("Plan", e.code), e.code, e.titleZh, e.titleEn, e.issuerZh, e.issuerEn, e.year,
                e.summaryZh, e.summaryEn, e.regionCode, e.citationId);
    }
}
