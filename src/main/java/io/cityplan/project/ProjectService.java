package io.cityplan.project;

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
import io.cityplan.park.Park;
import io.cityplan.region.Region;

@ApplicationScoped
public class ProjectService implements NodeResolver {

    private final ProjectRepository projects;
    private final Cached<Map<String, Project>> byCode;

    ProjectService(ProjectRepository projects) {
        this.projects = projects;
        this.byCode = new Cached<>(() -> Batches
                .byKey(projects.listOrdered(null, null).stream().map(Project::of).toList(), Project::code));
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        byCode.refresh();
    }

    List<Project> projects(ProjectKind kind, String regionCode) {
        return projects.listOrdered(kind, regionCode).stream().map(Project::of).toList();
    }

    Optional<Project> project(String code) {
        return Optional.ofNullable(byCode.get().get(code));
    }

    /** Every project by its code. */
    public Map<String, Project> byCode() {
        return byCode.get();
    }

    /** The project of each code (null where the code is null or unknown). */
    public List<Project> byCodes(List<String> codes) {
        return Batches.lookup(codes, byCode.get());
    }

    /** The projects of each list of codes. */
    public List<List<Project>> byCodeLists(List<List<String>> codeLists) {
        var found = byCodes(codeLists.stream().flatMap(List::stream).distinct().toList());
        return Batches.each(codeLists, found, Project::code);
    }

    List<List<Project>> inRegions(List<Region> regions) {
        var codes = regions.stream().map(Region::code).toList();
        return Batches.many(codes, projects.listByRegionCodes(codes).stream().map(Project::of).toList(),
                Project::regionCode);
    }

    List<List<Project>> inParks(List<Park> parks) {
        var codes = parks.stream().map(Park::code).toList();
        return Batches.many(codes, projects.listByParkCodes(codes).stream().map(Project::of).toList(),
                Project::parkCode);
    }

    /** The codes of the projects a document places in any of these regions. */
    public List<String> codesInRegions(Collection<String> regionCodes) {
        return byCode.get().values().stream()
                .filter(x -> x.regionCode() != null && regionCodes.contains(x.regionCode())).map(Project::code)
                .toList();
    }

    @Override
    public Map<String, Lookup> lookups() {
        return Map.of("Project", this::byCodes);
    }
}
