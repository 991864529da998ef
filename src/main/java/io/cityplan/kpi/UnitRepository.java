package io.cityplan.kpi;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {

    List<UnitEntity> listBySymbols(Collection<String> symbols) {
        return symbols.isEmpty() ? List.of() : list("symbol in ?1", symbols);
    }
}
