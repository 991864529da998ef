package io.cityplan.kpi;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<IndicatorEntity, String> {

    List<IndicatorEntity> listOrdered(IndicatorCategory category) {
        return category == null ? listAll(Sort.by("code")) : list("category", Sort.by("code"), category);
    }
}
