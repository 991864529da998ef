package io.cityplan.plan;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<ProgrammeEntity, String> {

    List<ProgrammeEntity> listByPlanCodes(Collection<String> planCodes) {
        return planCodes.isEmpty() ? List.of() : list("planCode in ?1", Sort.by("ordinal"), planCodes);
    }

    List<ProgrammeEntity> listByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
