package io.cityplan.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SourceDocumentRepository implements PanacheRepositoryBase<SourceDocumentEntity, String> {

    List<SourceDocumentEntity> listOrdered() {
        return listAll(Sort.by("year").and("code"));
    }
}
