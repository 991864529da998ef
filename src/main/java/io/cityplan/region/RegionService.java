package io.cityplan.region;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.cityplan.common.Batches;
import io.cityplan.common.Cached;
import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.NodeResolver;

@ApplicationScoped
public class RegionService implements NodeResolver {

    private final Cached<Map<String, Region>> byCode;

    RegionService(RegionRepository regions) {
        this.byCode = new Cached<>(
                () -> Batches.byKey(regions.listOrdered(null).stream().map(Region::of).toList(), Region::code));
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        byCode.refresh();
    }

    public List<Region> regions(RegionKind kind) {
        return byCode.get().values().stream().filter(r -> kind == null || r.kind() == kind).toList();
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(byCode.get().get(code));
    }

    /** Every region by its code. */
    public Map<String, Region> byCode() {
        return byCode.get();
    }

    /** The region of each code (null where the code is null or unknown). */
    public List<Region> byCodes(List<String> codes) {
        return Batches.lookup(codes, byCode.get());
    }

    /** The regions of each list of codes. */
    public List<List<Region>> byCodeLists(List<List<String>> codeLists) {
        var found = byCodes(codeLists.stream().flatMap(List::stream).distinct().toList());
        return Batches.each(codeLists, found, Region::code);
    }

    List<Region> parents(List<Region> children) {
        return byCodes(children.stream().map(Region::parentCode).toList());
    }

    List<List<Region>> children(List<Region> parents) {
        var codes = parents.stream().map(Region::code).toList();
        return Batches.many(codes, byCode.get().values().stream().filter(r -> r.parentCode() != null).toList(),
                Region::parentCode);
    }

    /** The code and the codes of every region under it, or empty when no region has the code. */
    public Optional<Set<String>> within(String code) {
        var all = byCode.get().values();
        if (!byCode.get().containsKey(code)) {
            return Optional.empty();
        }
        var within = new HashSet<String>(List.of(code));
        boolean grew = true;
        while (grew) {
            grew = all.stream().filter(r -> r.parentCode() != null && within.contains(r.parentCode()))
                    .map(r -> within.add(r.code())).reduce(false, Boolean::logicalOr);
        }
        return Optional.of(Set.copyOf(within));
    }

    @Override
    public Map<String, Lookup> lookups() {
        return Map.of("Region", this::byCodes);
    }
}
