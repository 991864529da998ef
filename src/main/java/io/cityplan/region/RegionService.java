package io.cityplan.region;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.common.Batches;
import io.cityplan.common.Node;
import io.cityplan.common.NodeResolver;
import io.cityplan.common.Searchable;

@ApplicationScoped
public class RegionService implements NodeResolver, Searchable.Source {

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    public List<Region> regions(RegionKind kind) {
        return regions.listOrdered(kind).stream().map(Region::of).toList();
    }

    public Optional<Region> region(String code) {
        return regions.findByIdOptional(code).map(Region::of);
    }

    /** The region of each code (null where the code is null or unknown), in one query. */
    public List<Region> byCodes(List<String> codes) {
        var found = regions.listByCodes(codes.stream().filter(Objects::nonNull).distinct().toList());
        return Batches.one(codes, found.stream().map(Region::of).toList(), Region::code);
    }

    /** The regions of each list of codes, in one query. */
    public List<List<Region>> byCodeLists(List<List<String>> codeLists) {
        var found = byCodes(codeLists.stream().flatMap(List::stream).distinct().toList());
        return Batches.each(codeLists, found, Region::code);
    }

    List<Region> parents(List<Region> children) {
        return byCodes(children.stream().map(Region::parentCode).toList());
    }

    List<List<Region>> children(List<Region> parents) {
        var codes = parents.stream().map(Region::code).toList();
        var found = regions.listByParentCodes(codes).stream().map(Region::of).toList();
        return Batches.many(codes, found, Region::parentCode);
    }

    /** The code and the codes of every region under it, or empty when no region has the code; in one query. */
    public Optional<Set<String>> within(String code) {
        var all = regions.listOrdered(null);
        if (all.stream().noneMatch(r -> r.code.equals(code))) {
            return Optional.empty();
        }
        var within = new HashSet<String>(List.of(code));
        boolean grew = true;
        while (grew) {
            grew = all.stream().filter(r -> r.parentCode != null && within.contains(r.parentCode))
                    .map(r -> within.add(r.code)).reduce(false, Boolean::logicalOr);
        }
        return Optional.of(Set.copyOf(within));
    }

    @Override
    public List<Searchable> searchables() {
        return regions(null).stream().map(r -> new Searchable(r, "REGION", r.code(), List.of(
                new Searchable.Field("nameZh", r.nameZh(), 1), new Searchable.Field("shortNameZh", r.shortNameZh(), 1),
                new Searchable.Field("nameEn", r.nameEn(), 1), new Searchable.Field("code", r.code(), 0.8))))
                .toList();
    }

    @Override
    public Set<String> nodeTypes() {
        return Set.of("Region");
    }

    @Override
    public List<? extends Node> nodes(String type, List<String> keys) {
        return byCodes(keys);
    }
}
