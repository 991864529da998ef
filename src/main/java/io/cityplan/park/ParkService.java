package io.cityplan.park;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.cityplan.common.Batches;
import io.cityplan.common.Cached;
import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.NodeResolver;
import io.cityplan.region.Region;

@ApplicationScoped
public class ParkService implements NodeResolver {

    private final ParkRepository parks;
    private final Cached<Map<String, Park>> byCode;

    ParkService(ParkRepository parks) {
        this.parks = parks;
        this.byCode = new Cached<>(
                () -> Batches.byKey(parks.listOrdered(null, null).stream().map(Park::of).toList(), Park::code));
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        byCode.refresh();
    }

    public List<Park> parks(ParkKind kind, String regionCode) {
        return parks.listOrdered(kind, regionCode).stream().map(Park::of).toList();
    }

    public Optional<Park> park(String code) {
        return Optional.ofNullable(byCode.get().get(code));
    }

    /** Every park by its code. */
    public Map<String, Park> byCode() {
        return byCode.get();
    }

    /** The park of each code (null where the code is null or unknown). */
    public List<Park> byCodes(List<String> codes) {
        return Batches.lookup(codes, byCode.get());
    }

    /** The parks of each list of codes. */
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

    /** The codes of the parks a document places in any of these regions. */
    public List<String> codesInRegions(Collection<String> regionCodes) {
        return byCode.get().values().stream()
                .filter(x -> x.regionCode() != null && regionCodes.contains(x.regionCode())).map(Park::code)
                .toList();
    }

    @Override
    public Map<String, Lookup> lookups() {
        return Map.of("Park", this::byCodes);
    }
}
