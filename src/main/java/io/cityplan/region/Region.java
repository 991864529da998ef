package io.cityplan.region;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;

@Description("A region: the city, one of its districts, counties and county-level cities, or a functional zone.")
public record Region(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Administrative division code (GB/T 2260), e.g. 130104; functional zones, which have "
                + "none, have a code of ours such as SJZ-HTZ.") String code,
        @NonNull @Description("Name in Chinese, e.g. 桥西区.") String nameZh,
        @Description("Short name in Chinese as documents use it, e.g. 高新区, where there is one.") String shortNameZh,
        @NonNull @Description("Name in English, e.g. Qiaoxi District.") String nameEn,
        @NonNull @Description("Administrative level, or functional zone.") RegionKind kind,
        @Ignore String parentCode,
        @Ignore String citationId) implements Node {

    static Region of(RegionEntity e) {
        return new Region(GlobalId.of("Region", e.code), e.code, e.nameZh, e.shortNameZh, e.nameEn, e.kind,
                e.parentCode, e.citationId);
    }
}
