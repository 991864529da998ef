package io.cityplan.kpi;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<ObservationEntity, String> {

    List<ObservationEntity> listByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }
}
