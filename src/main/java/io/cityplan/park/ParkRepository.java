package io.cityplan.park;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ParkRepository implements PanacheRepositoryBase<ParkEntity, String> {

    List<ParkEntity> listOrdered(ParkKind kind, String regionCode) {
        return list("(:kind is null or kind = :kind) and (:region is null or regionCode = :region)",
                Sort.by("code"), Parameters.with("kind", kind).and("region", regionCode));
    }

    List<ParkEntity> listByRegionCodes(Collection<String> regionCodes) {
        return regionCodes.isEmpty() ? List.of() : list("regionCode in ?1", Sort.by("code"), regionCodes);
    }

    List<ParkIndustryEntity> listIndustries(Collection<String> parkCodes) {
        return parkCodes.isEmpty() ? List.of()
                : getEntityManager().createQuery("from ParkIndustryEntity where key.parkCode in :codes "
                        + "order by key.parkCode, key.position", ParkIndustryEntity.class)
                        .setParameter("codes", parkCodes).getResultList();
    }
}
