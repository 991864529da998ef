package io.cityplan.park;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.common.Batches;
import io.cityplan.common.Node;
import io.cityplan.common.NodeResolver;
import io.cityplan.common.Searchable;
import io.cityplan.region.Region;

@ApplicationScoped
public class ParkService implements NodeResolver, Searchable.Source {

    private final ParkRepository parks;

    ParkService(ParkRepository parks) {
        this.parks = parks;
    }

    public List<Park> parks(ParkKind kind, String regionCode) {
        return parks.listOrdered(kind, regionCode).stream().map(Park::of).toList();
    }

    public Optional<Park> park(String code) {
        return parks.findByIdOptional(code).map(Park::of);
    }

    /** The park of each code (null where the code is null or unknown), in one query. */
    public List<Park> byCodes(List<String> codes) {
        var found = parks.listByCodes(codes.stream().filter(Objects::nonNull).distinct().toList());
        return Batches.one(codes, found.stream().map(Park::of).toList(), Park::code);
    }

    /** The parks of each list of codes, in one query. */
    public List<List<Park>> byCodeLists(List<List<String>> codeLists) {
        var found = byCodes(codeLists.stream().flatMap(List::stream).distinct().toList());
        return Batches.each(codeLists, found, Park::code);
    }

    List<List<Park>> inRegions(List<Region> regions) {
        var codes = regions.stream().map(Region::code).toList();
        var found = parks.listByRegionCodes(codes).stream().map(Park::of).toList();
        return Batches.many(codes, found, Park::regionCode);
    }

    List<List<Industry>> focusIndustries(List<Park> of) {
        var codes = of.stream().map(Park::code).toList();
        var found = parks.listIndustries(codes);
        return Batches.many(codes, found, e -> e.key.parkCode()).stream()
                .map(list -> list.stream().map(e -> new Industry(e.nameZh, e.nameEn)).toList()).toList();
    }

    /** The codes of the parks a document places in any of these regions, in one query. */
    public List<String> codesInRegions(Collection<String> regionCodes) {
        return parks.listByRegionCodes(regionCodes).stream().map(e -> e.code).toList();
    }

    @Override
    public List<Searchable> searchables() {
        return parks(null, null).stream().map(p -> new Searchable(p, "PARK", p.code(), List.of(
                new Searchable.Field("nameZh", p.nameZh(), 1), new Searchable.Field("nameEn", p.nameEn(), 1),
                new Searchable.Field("code", p.code(), 0.8)))).toList();
    }

    @Override
    public Set<String> nodeTypes() {
        return Set.of("Park");
    }

    @Override
    public List<? extends Node> nodes(String type, List<String> keys) {
        return byCodes(keys);
    }
}
