package io.cityplan.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.cityplan.common.Batches;
import io.cityplan.common.Cached;
import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.NodeResolver;
import io.cityplan.park.Park;
import io.cityplan.plan.TaskRepository.Link;
import io.cityplan.project.Project;
import io.cityplan.region.Region;
import io.quarkus.panache.common.Sort;

/**
 * The plans, their programmes and tasks, and the regions, parks and projects each task names. They change only with
 * the dataset, so they are read once per dataset load into a {@link Structure}, and every field is answered from it
 * without a statement.
 */
@ApplicationScoped
public class PlanService implements NodeResolver {

    private final Cached<Structure> structure;

    PlanService(PlanRepository plans, ProgrammeRepository programmes, TaskRepository tasks) {
        this.structure = new Cached<>(() -> new Structure(
                plans.listOrdered().stream().map(Plan::of).toList(),
                programmes.listAll(Sort.by("planCode").and("ordinal")).stream().map(Programme::of).toList(),
                tasks.listAll(Sort.by("planCode").and("ordinal")).stream().map(Task::of).toList(),
                tasks.regionLinks(), tasks.parkLinks(), tasks.projectLinks()));
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        structure.refresh();
    }

    /**
     * The plan structure as loaded, with the lookups the fields need. Lists are in plan order: plans by year and code,
     * programmes and tasks by plan and number.
     */
    private record Structure(
            Map<String, Plan> plansByCode,
            Map<String, Programme> programmesByKey,
            Map<String, List<Programme>> programmesByPlan,
            Map<String, Task> tasksByKey,
            Map<String, List<Task>> tasksByPlan,
            Map<String, List<Task>> tasksByProgramme,
            Links regions,
            Links parks,
            Links projects) {

        Structure(List<Plan> plans, List<Programme> programmes, List<Task> tasks, List<Link> regionLinks,
                List<Link> parkLinks, List<Link> projectLinks) {
            this(Batches.byKey(plans, Plan::code), Batches.byKey(programmes, Programme::key),
                    Batches.groups(programmes, Programme::planCode), Batches.byKey(tasks, Task::key),
                    Batches.groups(tasks, Task::planCode), Batches.groups(tasks, Task::programmeId),
                    Links.of(regionLinks, tasks), Links.of(parkLinks, tasks), Links.of(projectLinks, tasks));
        }
    }

    /**
     * The links of tasks to the regions, parks or projects they name, from either side: a task's codes in code order,
     * a code's tasks in plan order.
     */
    private record Links(Map<String, List<String>> codesByTask, Map<String, List<Task>> tasksByCode) {

        static Links of(List<Link> links, List<Task> tasks) {
            var byTask = Batches.groups(links, Link::taskId);
            var codesByTask = new HashMap<String, List<String>>();
            var tasksByCode = new HashMap<String, List<Task>>();
            for (var task : tasks) {
                var codes = byTask.getOrDefault(task.key(), List.of()).stream().map(Link::code).sorted().toList();
                codesByTask.put(task.key(), codes);
                codes.forEach(code -> tasksByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(task));
            }
            tasksByCode.replaceAll((code, named) -> List.copyOf(named));
            return new Links(Map.copyOf(codesByTask), Map.copyOf(tasksByCode));
        }

        List<List<String>> codesOf(List<Task> of) {
            return of.stream().map(t -> codesByTask.getOrDefault(t.key(), List.of())).toList();
        }

        List<List<Task>> tasksNaming(List<String> codes) {
            return codes.stream().map(c -> tasksByCode.getOrDefault(c, List.of())).toList();
        }
    }

    public List<Plan> plans() {
        return List.copyOf(structure.get().plansByCode().values());
    }

    public Optional<Plan> plan(String code) {
        return Optional.ofNullable(structure.get().plansByCode().get(code));
    }

    /** Every task of every plan, by plan and number. */
    public Collection<Task> tasks() {
        return structure.get().tasksByKey().values();
    }

    public Optional<Task> task(String planCode, int ordinal) {
        return structure.get().tasksByPlan().getOrDefault(planCode, List.of()).stream()
                .filter(t -> t.ordinal() == ordinal).findFirst();
    }

    /** Every task by its key. */
    public Map<String, Task> tasksByKey() {
        return structure.get().tasksByKey();
    }

    /** The task of each task key (null where the key is null or unknown). */
    public List<Task> tasksByKeys(List<String> keys) {
        return Batches.lookup(keys, structure.get().tasksByKey());
    }

    /** The programme of each programme key (null where the key is null or unknown). */
    public List<Programme> programmesByKeys(List<String> keys) {
        return Batches.lookup(keys, structure.get().programmesByKey());
    }

    List<List<Programme>> programmesOf(List<Plan> of) {
        return Batches.groupsOf(of.stream().map(Plan::code).toList(), structure.get().programmesByPlan());
    }

    List<List<Task>> tasksOfPlans(List<Plan> of) {
        return Batches.groupsOf(of.stream().map(Plan::code).toList(), structure.get().tasksByPlan());
    }

    List<List<Task>> tasksOfProgrammes(List<Programme> of) {
        return Batches.groupsOf(of.stream().map(Programme::key).toList(), structure.get().tasksByProgramme());
    }

    List<Programme> programmesOfTasks(List<Task> of) {
        return programmesByKeys(of.stream().map(Task::programmeId).toList());
    }

    <T> List<Plan> plansOf(List<T> of, Function<T, String> planCode) {
        return Batches.lookup(of.stream().map(planCode).toList(), structure.get().plansByCode());
    }

    /** The codes of the regions each task names. */
    List<List<String>> regionCodesOf(List<Task> of) {
        return structure.get().regions().codesOf(of);
    }

    /** The codes of the parks each task names. */
    List<List<String>> parkCodesOf(List<Task> of) {
        return structure.get().parks().codesOf(of);
    }

    /** The codes of the projects each task names. */
    List<List<String>> projectCodesOf(List<Task> of) {
        return structure.get().projects().codesOf(of);
    }

    List<List<Task>> tasksNamingProjects(List<Project> projects) {
        return structure.get().projects().tasksNaming(projects.stream().map(Project::code).toList());
    }

    List<List<Task>> tasksNaming(List<Region> regions) {
        return structure.get().regions().tasksNaming(regions.stream().map(Region::code).toList());
    }

    List<List<Task>> tasksNamingParks(List<Park> parks) {
        return structure.get().parks().tasksNaming(parks.stream().map(Park::code).toList());
    }

    @Override
    public Map<String, Lookup> lookups() {
        return Map.of("Plan", keys -> plansOf(keys, Function.identity()), "Programme", this::programmesByKeys,
                "Task", this::tasksByKeys);
    }
}
