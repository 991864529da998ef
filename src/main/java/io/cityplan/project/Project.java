package io.cityplan.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;

@Description("A named project: a road, rail line, urban renewal scheme, facility or event that documents name.")
public record Project(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the project, e.g. metro-lines-4-5-6.") String code,
        @NonNull @Description("Name in Chinese, as the documents write it.") String nameZh,
        @NonNull @Description("Name in English.") String nameEn,
        @NonNull @Description("What sort of project it is.") ProjectKind kind,
        @Ignore String regionCode,
        @Ignore String parkCode,
        @Ignore String citationId) implements Node {

    static Project of(ProjectEntity e) {
        return new Project(GlobalId.of("Project", e.code), e.code, e.nameZh, e.nameEn, e.kind, e.regionCode,
                e.parkCode, e.citationId);
    }
}
