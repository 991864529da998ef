package io.cityplan.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.cityplan.common.Batches;
import io.cityplan.common.Cached;
import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.Node;
import io.cityplan.common.NodeResolver;
import io.cityplan.park.Park;
import io.cityplan.plan.TaskRepository.Link;
import io.cityplan.project.Project;
import io.cityplan.region.Region;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PlanService implements NodeResolver {

    private final PlanRepository plans;
    private final ProgrammeRepository programmes;
    private final TaskRepository tasks;
    private final Cached<Map<String, Plan>> plansByCode;
    private final Cached<Map<String, Task>> tasksByKey;

    PlanService(PlanRepository plans, ProgrammeRepository programmes, TaskRepository tasks) {
        this.plans = plans;
        this.programmes = programmes;
        this.tasks = tasks;
        this.plansByCode = new Cached<>(
                () -> Batches.byKey(plans.listOrdered().stream().map(Plan::of).toList(), Plan::code));
        this.tasksByKey = new Cached<>(() -> Batches.byKey(
                tasks.listAll(Sort.by("planCode").and("ordinal")).stream().map(Task::of).toList(), Task::key));
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        plansByCode.refresh();
        tasksByKey.refresh();
    }

    public List<Plan> plans() {
        return List.copyOf(plansByCode.get().values());
    }

    public Optional<Plan> plan(String code) {
        return Optional.ofNullable(plansByCode.get().get(code));
    }

    /** Every task of every plan, by plan and number. */
    public Collection<Task> tasks() {
        return tasksByKey.get().values();
    }

    public Optional<Task> task(String planCode, int ordinal) {
        return tasks().stream().filter(t -> t.planCode().equals(planCode) && t.ordinal() == ordinal).findFirst();
    }

    /** The task of each task key (null where the key is null or unknown). */
    public List<Task> tasksByKeys(List<String> keys) {
        return Batches.lookup(keys, tasksByKey.get());
    }

    List<List<Programme>> programmesOf(List<Plan> of) {
        var codes = of.stream().map(Plan::code).toList();
        return Batches.many(codes, programmes.listByPlanCodes(codes).stream().map(Programme::of).toList(),
                Programme::planCode);
    }

    List<List<Task>> tasksOfPlans(List<Plan> of) {
        var codes = of.stream().map(Plan::code).toList();
        return Batches.many(codes, tasks.listByPlanCodes(codes).stream().map(Task::of).toList(), Task::planCode);
    }

    List<List<Task>> tasksOfProgrammes(List<Programme> of) {
        var ids = of.stream().map(Programme::key).toList();
        return Batches.many(ids, tasks.listByProgrammeIds(ids).stream().map(Task::of).toList(),
                Task::programmeId);
    }

    /** The programme of each programme key (null where the key is null), in one query. */
    public List<Programme> programmesByKeys(List<String> keys) {
        var found = programmes.listByIds(keys.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .map(Programme::of).toList();
        return Batches.one(keys, found, Programme::key);
    }

    List<Programme> programmesOfTasks(List<Task> of) {
        var ids = of.stream().map(Task::programmeId).toList();
        var found = programmes.listByIds(ids.stream().distinct().toList()).stream().map(Programme::of).toList();
        return Batches.one(ids, found, Programme::key);
    }

    <T> List<Plan> plansOf(List<T> of, Function<T, String> planCode) {
        return Batches.lookup(of.stream().map(planCode).toList(), plansByCode.get());
    }

    /** The codes of the regions each task names. */
    List<List<String>> regionCodesOf(List<Task> of) {
        return linkedCodes(of, tasks.regionLinks(of.stream().map(Task::key).distinct().toList()));
    }

    /** The codes of the parks each task names. */
    List<List<String>> parkCodesOf(List<Task> of) {
        return linkedCodes(of, tasks.parkLinks(of.stream().map(Task::key).distinct().toList()));
    }

    /** The codes of the projects each task names. */
    List<List<String>> projectCodesOf(List<Task> of) {
        return linkedCodes(of, tasks.projectLinks(of.stream().map(Task::key).distinct().toList()));
    }

    List<List<Task>> tasksNamingProjects(List<Project> projects) {
        var codes = projects.stream().map(Project::code).toList();
        return tasksOfLinks(codes, tasks.linksNamingProjects(codes));
    }

    List<List<Task>> tasksNaming(List<Region> regions) {
        var codes = regions.stream().map(Region::code).toList();
        return tasksOfLinks(codes, tasks.linksNamingRegions(codes));
    }

    List<List<Task>> tasksNamingParks(List<Park> parks) {
        var codes = parks.stream().map(Park::code).toList();
        return tasksOfLinks(codes, tasks.linksNamingParks(codes));
    }

    private static List<List<String>> linkedCodes(List<Task> of, List<Link> links) {
        return Batches.many(of.stream().map(Task::key).toList(), links, Link::taskId).stream()
                .map(l -> l.stream().map(Link::code).toList()).toList();
    }

    private List<List<Task>> tasksOfLinks(List<String> codes, List<Link> links) {
        var byKey = tasksByKeys(links.stream().map(Link::taskId).distinct().toList()).stream()
                .collect(Collectors.toMap(Task::key, Function.identity()));
        return Batches.many(codes, links, Link::code).stream()
                .map(l -> l.stream().map(link -> byKey.get(link.taskId())).toList())
                .toList();
    }

    @Override
    public Set<String> nodeTypes() {
        return Set.of("Plan", "Programme", "Task");
    }

    @Override
    public List<? extends Node> nodes(String type, List<String> keys) {
        return switch (type) {
            case "Plan" -> plansOf(keys, Function.identity());
            case "Programme" -> Batches.one(keys, programmes.listByIds(keys).stream().map(Programme::of).toList(),
                    Programme::key);
            default -> tasksByKeys(keys);
        };
    }
}
