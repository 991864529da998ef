package io.cityplan.kpi;

import java.time.Year;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.Selections;
import io.cityplan.park.Park;
import io.cityplan.plan.Task;
import io.cityplan.project.Project;
import io.cityplan.region.Region;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Context;

/**
 * The figures of the other types: targets and reported figures of tasks, regions, parks and projects, and a
 * target's progress and normalized values.
 */
@GraphQLApi
@RegisterForReflection(methods = true) // only @Source fields: see GraphQLApiReflectionTest
public class KpiGraphQLApi {

    private final KpiService service;
    private final Context context;

    KpiGraphQLApi(KpiService service, Context context) {
        this.context = context;
        this.service = service;
    }

    @NonNull
    @Name("progress")
    @Description("How far the target has come as of a year, computed from the figures reported for its indicator, "
            + "scope and form; the rule is in TargetStatus.")
    public List<@NonNull TargetProgress> targetProgress(@Source List<Target> targets,
            @Name("asOf") @Description("Judge as of this year, leaving out figures of later years; by default the "
                    + "current year.") Integer asOf) {
        return service.progress(targets, asOfOrThisYear(asOf));
    }

    @Name("normalized")
    @Description("The target value in the normalized unit (e.g. 10000 亿元 for 1 万亿元); null when the unit has "
            + "no conversion.")
    public List<Quantity> targetNormalized(@Source List<Target> targets) {
        return service.normalized(keys(targets, Target::value), keys(targets, Target::unit));
    }

    @Name("normalized")
    @Description("The value in the normalized unit; null when the unit has no conversion.")
    public List<Quantity> observationNormalized(@Source List<Observation> observations) {
        return service.normalized(keys(observations, Observation::value), keys(observations, Observation::unit));
    }

    @NonNull
    @Name("targets")
    @Description("The targets the task sets, by target year.")
    public List<@NonNull TargetConnection> taskTargets(@Source List<Task> tasks,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return targetPages("task_id", keys(tasks, Task::key),
                new Window(first, after, last, before));
    }

    @NonNull
    @Name("targets")
    @Description("The targets set for this region itself (not its sub-regions), by target year.")
    public List<@NonNull TargetConnection> regionTargets(@Source List<Region> regions,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return targetPages("region_code", keys(regions, Region::code),
                new Window(first, after, last, before));
    }

    @NonNull
    @Name("observations")
    @Description("The figures reported for this region itself (not its sub-regions), by year.")
    public List<@NonNull ObservationConnection> regionObservations(@Source List<Region> regions,
            @Name("mostRecent") @Description(FigureLists.MOST_RECENT) Integer mostRecent,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return observationPages("region_code", keys(regions, Region::code),
                mostRecent, new Window(first, after, last, before));
    }

    @NonNull
    @Name("targets")
    @Description("The targets set for this park, by target year.")
    public List<@NonNull TargetConnection> parkTargets(@Source List<Park> parks,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return targetPages("park_code", keys(parks, Park::code),
                new Window(first, after, last, before));
    }

    @NonNull
    @Name("observations")
    @Description("The figures reported for this park, by year.")
    public List<@NonNull ObservationConnection> parkObservations(@Source List<Park> parks,
            @Name("mostRecent") @Description(FigureLists.MOST_RECENT) Integer mostRecent,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return observationPages("park_code", keys(parks, Park::code),
                mostRecent, new Window(first, after, last, before));
    }

    @NonNull
    @Name("targets")
    @Description("The targets set for this project, by target year.")
    public List<@NonNull TargetConnection> projectTargets(@Source List<Project> projects,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return targetPages("project_code", keys(projects, Project::code),
                new Window(first, after, last, before));
    }

    @NonNull
    @Name("observations")
    @Description("The figures reported for this project, by year.")
    public List<@NonNull ObservationConnection> projectObservations(@Source List<Project> projects,
            @Name("mostRecent") @Description(FigureLists.MOST_RECENT) Integer mostRecent,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return observationPages("project_code", keys(projects, Project::code),
                mostRecent, new Window(first, after, last, before));
    }

    @NonNull
    @Name("projections")
    @Description("What documents expect of the project once it is complete, with no year: the documents fix none. "
            + "By code.")
    public List<List<@NonNull Projection>> projectProjections(@Source List<Project> projects) {
        return service.projections(projects);
    }

    private List<TargetConnection> targetPages(String parentColumn, List<String> parents, Window window) {
        return service.targetPages(parentColumn, parents, window, Selections.selects(context, "totalCount"));
    }

    private List<ObservationConnection> observationPages(String parentColumn, List<String> parents,
            Integer mostRecent, Window window) {
        return service.observationPages(parentColumn, parents, mostRecent, window,
                Selections.selects(context, "totalCount"));
    }

    /**
     * Why the root lists that take a filter are nullable: a filter or page that cannot be used (a null in a list, an
     * unknown code, a page of 1,000) is an error of that field alone, and the rest of the query still answers.
     */
    static final String NULL_WHEN_ARGUMENTS_FAIL = "Null, with the error, when its arguments cannot be used; the rest "
            + "of the query still answers.";

    /** The year a status is judged as of: the one asked for, else the current year. */
    static int asOfOrThisYear(Integer asOf) {
        return asOf == null ? Year.now().getValue() : asOf;
    }

    static <T, K> List<K> keys(List<T> of, Function<T, K> key) {
        return of.stream().map(key).toList();
    }

}
