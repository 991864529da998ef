package io.cityplan.source;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CitationRepository implements PanacheRepositoryBase<CitationEntity, String> {

    List<CitationEntity> listByIds(Collection<String> ids) {
        return list("id in ?1", ids);
    }
}
