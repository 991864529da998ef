package io.cityplan.plan;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<ProgrammeEntity, String> {
}
