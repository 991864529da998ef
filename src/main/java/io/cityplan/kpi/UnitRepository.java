package io.cityplan.kpi;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {
}
