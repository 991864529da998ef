package io.cityplan.kpi;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<TargetEntity, String> {

    private static final Sort ORDER = Sort.by("targetYear").and("code");

    List<TargetEntity> listByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }

    List<TargetEntity> listByIndicatorCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("indicatorCode in ?1", ORDER, codes);
    }

    List<TargetEntity> listByRegionCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("regionCode in ?1", ORDER, codes);
    }

    List<TargetEntity> listByParkCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("parkCode in ?1", ORDER, codes);
    }

    List<TargetEntity> listByTaskIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("taskId in ?1", ORDER, ids);
    }

    List<TargetEntity> listByProjectCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("projectCode in ?1", ORDER, codes);
    }
}
