package io.cityplan.park;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;

@Description("An industrial park, development zone, free-trade or bonded zone, logistics hub or public park.")
public record Park(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the park, e.g. zd-digital-economy-park.") String code,
        @NonNull @Description("Name in Chinese, as the documents write it.") String nameZh,
        @NonNull @Description("Name in English.") String nameEn,
        @NonNull @Description("What sort of park or zone it is.") ParkKind kind,
        @Description("The level that approved it, where a document states it.") ParkLevel level,
        @Ignore String regionCode,
        @Ignore String citationId) implements Node {

    static Park of(ParkEntity e) {
        return new Park(GlobalId.of("Park", e.code), e.code, e.nameZh, e.nameEn, e.kind, e.level, e.regionCode,
                e.citationId);
    }
}
