package io.cityplan.project;

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
import io.cityplan.park.Park;
import io.cityplan.region.Region;

@ApplicationScoped
public class ProjectService implements NodeResolver, Searchable.Source {

    private final ProjectRepository projects;

    ProjectService(ProjectRepository projects) {
        this.projects = projects;
    }

    List<Project> projects(ProjectKind kind, String regionCode) {
        return projects.listOrdered(kind, regionCode).stream().map(Project::of).toList();
    }

    Optional<Project> project(String code) {
        return projects.findByIdOptional(code).map(Project::of);
    }

    /** The project of each code (null where the code is null or unknown), in one query. */
    public List<Project> byCodes(List<String> codes) {
        var found = projects.listByCodes(codes.stream().filter(Objects::nonNull).distinct().toList());
        return Batches.one(codes, found.stream().map(Project::of).toList(), Project::code);
    }

    /** The projects of each list of codes, in one query. */
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

    /** The codes of the projects a document places in any of these regions, in one query. */
    public List<String> codesInRegions(Collection<String> regionCodes) {
        return projects.listByRegionCodes(regionCodes).stream().map(e -> e.code).toList();
    }

    @Override
    public List<Searchable> searchables() {
        return projects(null, null).stream().map(p -> new Searchable(p, "PROJECT", p.code(), List.of(
                new Searchable.Field("nameZh", p.nameZh(), 1), new Searchable.Field("nameEn", p.nameEn(), 1),
                new Searchable.Field("code", p.code(), 0.8)))).toList();
    }

    @Override
    public Set<String> nodeTypes() {
        return Set.of("Project");
    }

    @Override
    public List<? extends Node> nodes(String type, List<String> keys) {
        return byCodes(keys);
    }
}
