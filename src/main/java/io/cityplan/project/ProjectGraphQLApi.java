package io.cityplan.project;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.cityplan.common.Code;
import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.Lang;
import io.cityplan.common.Languages;
import io.cityplan.park.Park;
import io.cityplan.park.ParkService;
import io.cityplan.region.Region;
import io.cityplan.region.RegionService;
import io.cityplan.source.Citation;
import io.cityplan.source.SourceService;

@GraphQLApi
public class ProjectGraphQLApi {

    private final Languages languages;
    private final ProjectService service;
    private final RegionService regions;
    private final ParkService parks;
    private final SourceService sources;

    ProjectGraphQLApi(ProjectService service, RegionService regions, ParkService parks, SourceService sources,
            Languages languages) {
        this.languages = languages;
        this.service = service;
        this.regions = regions;
        this.parks = parks;
        this.sources = sources;
    }

    @Query
    @NonNull
    @Description("Named projects ordered by code; only those of one kind, or in one region, when given.")
    public ProjectConnection projects(
            @Name("kind") @Description("Only projects of this kind.") ProjectKind kind,
            @Name("region") @Description("Only projects a document places in this region.") @Code String region,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.page("Project", service.projects(kind, region), Project::code,
                new Window(first, after, last, before), ProjectConnection::of);
    }

    @Query
    @Description("The project with this code, or null when there is none.")
    public Project project(@NonNull @Name("code") @Description("The project's code.") @Code String code) {
        return service.project(code).orElse(null);
    }

    @Name("region")
    @Description("The region the project lies in, where a document says so.")
    public List<Region> projectRegion(@Source List<Project> projects) {
        return regions.byCodes(projects.stream().map(Project::regionCode).toList());
    }

    @Name("park")
    @Description("The park the project lies in, where a document says so.")
    public List<Park> projectPark(@Source List<Project> projects) {
        return parks.byCodes(projects.stream().map(Project::parkCode).toList());
    }

    @NonNull
    @Name("citation")
    @Description("Where a document names the project.")
    public List<Citation> projectCitation(@Source List<Project> projects) {
        return sources.citations(projects.stream().map(Project::citationId).toList());
    }

    @NonNull
    @Name("projects")
    @Description("The projects that documents place in this region, ordered by code.")
    public List<@NonNull ProjectConnection> regionProjects(@Source List<Region> regions,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Project", service.inRegions(regions), Project::code,
                new Window(first, after, last, before), ProjectConnection::of);
    }

    @NonNull
    @Name("projects")
    @Description("The projects that documents place in this park, ordered by code.")
    public List<@NonNull ProjectConnection> parkProjects(@Source List<Park> parks,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Project", service.inParks(parks), Project::code,
                new Window(first, after, last, before), ProjectConnection::of);
    }

    @NonNull
    @Name("name")
    @Description("The name in one language: " + Languages.RULE)
    public String projectName(@Source Project project,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, project.nameZh(), project.nameEn());
    }
}
