package io.cityplan.kpi;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<ObservationEntity, String> {

    private static final Sort ORDER = Sort.by("year").and("code");

    List<ObservationEntity> listByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }

    List<ObservationEntity> listByIndicatorCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("indicatorCode in ?1", ORDER, codes);
    }

    List<ObservationEntity> listByRegionCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("regionCode in ?1", ORDER, codes);
    }

    List<ObservationEntity> listByParkCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("parkCode in ?1", ORDER, codes);
    }

    List<ObservationEntity> listByProjectCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("projectCode in ?1", ORDER, codes);
    }
}
