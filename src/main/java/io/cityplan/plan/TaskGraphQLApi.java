package io.cityplan.plan;

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
import io.cityplan.park.ParkConnection;
import io.cityplan.park.ParkService;
import io.cityplan.project.Project;
import io.cityplan.project.ProjectConnection;
import io.cityplan.project.ProjectService;
import io.cityplan.region.Region;
import io.cityplan.region.RegionService;
import io.cityplan.source.Citation;
import io.cityplan.source.SourceService;

/**
 * The key tasks: the root field that finds one, the fields of Task that are not its own columns, and the tasks of
 * regions, parks and projects.
 */
@GraphQLApi
public class TaskGraphQLApi {

    private final Languages languages;
    private final PlanService service;
    private final RegionService regions;
    private final ParkService parks;
    private final ProjectService projects;
    private final SourceService sources;

    TaskGraphQLApi(Languages languages, PlanService service, RegionService regions, ParkService parks,
            ProjectService projects, SourceService sources) {
        this.languages = languages;
        this.service = service;
        this.regions = regions;
        this.parks = parks;
        this.projects = projects;
        this.sources = sources;
    }

    @Query
    @Description("The task with this number in a plan, or null when there is none.")
    public Task task(
            @NonNull @Name("plan") @Description("The plan's code, e.g. sjz-capital-plan-2021.") @Code String plan,
            @Name("ordinal") @Description("The task's number in the plan, e.g. 4.") int ordinal) {
        return service.task(plan, ordinal).orElse(null);
    }

    @Name("plan")
    @NonNull
    @Description("The plan the task belongs to.")
    public List<Plan> taskPlan(@Source List<Task> tasks) {
        return service.plansOf(tasks, Task::planCode);
    }

    @Name("programme")
    @NonNull
    @Description("The programme the task belongs to.")
    public List<Programme> taskProgramme(@Source List<Task> tasks) {
        return service.programmesOfTasks(tasks);
    }

    @Name("regions")
    @NonNull
    @Description("The regions the task names, ordered by code.")
    public List<List<@NonNull Region>> taskRegions(@Source List<Task> tasks) {
        return regions.byCodeLists(service.regionCodesOf(tasks));
    }

    @Name("parks")
    @NonNull
    @Description("The parks and zones the task names, ordered by code.")
    public List<@NonNull ParkConnection> taskParks(@Source List<Task> tasks,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Park", parks.byCodeLists(service.parkCodesOf(tasks)), Park::code,
                new Window(first, after, last, before), ParkConnection::of);
    }

    @Name("projects")
    @NonNull
    @Description("The named projects the task mentions, ordered by code.")
    public List<@NonNull ProjectConnection> taskProjects(@Source List<Task> tasks,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Project", projects.byCodeLists(service.projectCodesOf(tasks)), Project::code,
                new Window(first, after, last, before), ProjectConnection::of);
    }

    @Name("tasks")
    @NonNull
    @Description("The plan tasks that name this project, in plan order.")
    public List<@NonNull TaskConnection> projectTasks(@Source List<Project> projects,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Task", service.tasksNamingProjects(projects), Task::sortKey,
                new Window(first, after, last, before), TaskConnection::of);
    }

    @Name("citation")
    @NonNull
    @Description("The task's numbered heading in the plan.")
    public List<Citation> taskCitation(@Source List<Task> tasks) {
        return sources.citations(tasks.stream().map(Task::citationId).toList());
    }

    @Name("tasks")
    @NonNull
    @Description("The plan tasks that name this region, in plan order.")
    public List<@NonNull TaskConnection> regionTasks(@Source List<Region> regions,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Task", service.tasksNaming(regions), Task::sortKey,
                new Window(first, after, last, before), TaskConnection::of);
    }

    @NonNull
    @Description("The plan tasks that name this park, in plan order.")
    @Name("tasks")
    public List<@NonNull TaskConnection> parkTasks(@Source List<Park> parks,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Task", service.tasksNamingParks(parks), Task::sortKey,
                new Window(first, after, last, before), TaskConnection::of);
    }

    @NonNull
    @Name("title")
    @Description("The title in one language: " + Languages.RULE)
    public String taskTitle(@Source Task task,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, task.titleZh(), task.titleEn());
    }

    @NonNull
    @Name("summary")
    @Description("The summary in one language: " + Languages.RULE)
    public String taskSummary(@Source Task task,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, task.summaryZh(), task.summaryEn());
    }
}
