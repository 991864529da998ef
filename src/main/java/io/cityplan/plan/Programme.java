package io.cityplan.plan;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;

@Description("One of a plan's programmes (工程), with the improvement (提升) it aims at.")
public record Programme(
        @Id @NonNull @Description("Opaque global id.") String id,
        @Description("Position in the plan, from 1 (the plan numbers them 一, 二, ...).") int ordinal,
        @NonNull @Description("Name in Chinese, e.g. 跨越赶超工程.") String nameZh,
        @NonNull @Description("Name in English.") String nameEn,
        @NonNull @Description("The improvement it aims at, in Chinese, e.g. 提升高质量发展水平.") String aimZh,
        @NonNull @Description("The improvement it aims at, in English.") String aimEn,
        @Ignore String key,
        @Ignore String planCode,
        @Ignore String citationId) implements Node {

    static Programme of(ProgrammeEntity e) {
        return new Programme(GlobalId.of("Programme", e.id), e.ordinal, e.nameZh, e.nameEn, e.aimZh, e.aimEn,
                e.id, e.planCode, e.citationId);
    }
}
