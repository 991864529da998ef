package io.cityplan.region;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<RegionEntity, String> {

    List<RegionEntity> listOrdered(RegionKind kind) {
        return kind == null ? listAll(Sort.by("code")) : list("kind", Sort.by("code"), kind);
    }
}
