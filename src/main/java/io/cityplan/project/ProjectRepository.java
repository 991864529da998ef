package io.cityplan.project;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<ProjectEntity, String> {

    List<ProjectEntity> listOrdered(ProjectKind kind, String regionCode) {
        return list("(:kind is null or kind = :kind) and (:region is null or regionCode = :region)",
                Sort.by("code"), Parameters.with("kind", kind).and("region", regionCode));
    }

    List<ProjectEntity> listByRegionCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("regionCode in ?1", Sort.by("code"), codes);
    }

    List<ProjectEntity> listByParkCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("parkCode in ?1", Sort.by("code"), codes);
    }
}
