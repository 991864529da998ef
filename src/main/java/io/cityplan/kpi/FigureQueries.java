package io.cityplan.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.common.SortKey;
import io.cityplan.common.UnknownCodeException;
import io.cityplan.park.ParkService;
import io.cityplan.plan.PlanService;
import io.cityplan.plan.Task;
import io.cityplan.project.ProjectService;
import io.cityplan.region.RegionService;
import io.cityplan.source.SourceService;

/**
 * Targets and reported figures across all scopes, filtered and ordered. The figure tables hold a few hundred rows, so
 * a query reads them once and filters them in memory: the statement count depends on the filter, never on the rows.
 */
@ApplicationScoped
public class FigureQueries {

    private final KpiService kpis;
    private final TargetRepository targets;
    private final ObservationRepository observations;
    private final IndicatorRepository indicators;
    private final RegionService regions;
    private final ParkService parks;
    private final ProjectService projects;
    private final PlanService plans;
    private final SourceService sources;

    FigureQueries(KpiService kpis, TargetRepository targets, ObservationRepository observations,
            IndicatorRepository indicators, RegionService regions, ParkService parks, ProjectService projects,
            PlanService plans, SourceService sources) {
        this.kpis = kpis;
        this.targets = targets;
        this.observations = observations;
        this.indicators = indicators;
        this.regions = regions;
        this.parks = parks;
        this.projects = projects;
        this.plans = plans;
        this.sources = sources;
    }

    /**
     * What a filter needs to know about each figure beyond its own fields. Each part is read on first use, so a query
     * pays only for the parts its filter asks about.
     */
    private record Facts(Supplier<Map<String, IndicatorEntity>> indicators, Supplier<Map<String, Task>> tasks,
            Supplier<Map<String, String>> documentOfCitation, Supplier<Map<String, TargetStatus>> statusOfTarget) {
    }

    /** The targets that pass the filter, in order; statuses are judged as of {@code asOf}. */
    List<Target> targets(TargetFilter filter, List<TargetOrder> order, int asOf) {
        var all = targets.listAll().stream().map(Target::of).toList();
        var facts = facts(all, Target::taskKey, Target::citationId, all, asOf);
        var matcher = filter == null ? (Predicate<Target>) t -> true : targetMatcher(filter, facts);
        return all.stream().filter(matcher).toList();
    }

    /** The sort key of a target in the given order. */
    static String sortKey(Target t, List<TargetOrder> order) {
        var key = new SortKey();
        for (var o : order == null ? List.<TargetOrder> of() : order) {
            switch (o) {
                case TARGET_YEAR_ASC, TARGET_YEAR_DESC -> key.number(t.targetYear(), o == TargetOrder.TARGET_YEAR_DESC);
                case INDICATOR_ASC, INDICATOR_DESC -> key.text(t.indicatorCode(), o == TargetOrder.INDICATOR_DESC);
                case CODE_ASC, CODE_DESC -> key.text(t.code(), o == TargetOrder.CODE_DESC);
            }
        }
        return key.text(t.code(), false).toString();
    }

    /** The reported figures that pass the filter. */
    List<Observation> observations(ObservationFilter filter) {
        var all = observations.listAll().stream().map(Observation::of).toList();
        var facts = facts(all, o -> null, Observation::citationId, List.of(), 0);
        var matcher = filter == null ? (Predicate<Observation>) o -> true : observationMatcher(filter, facts);
        return all.stream().filter(matcher).toList();
    }

    /** The sort key of a figure in the given order. */
    static String sortKey(Observation ob, List<ObservationOrder> order) {
        var key = new SortKey();
        for (var o : order == null ? List.<ObservationOrder> of() : order) {
            switch (o) {
                case YEAR_ASC, YEAR_DESC -> key.number(ob.year(), o == ObservationOrder.YEAR_DESC);
                case INDICATOR_ASC, INDICATOR_DESC ->
                    key.text(ob.indicatorCode(), o == ObservationOrder.INDICATOR_DESC);
                case CODE_ASC, CODE_DESC -> key.text(ob.code(), o == ObservationOrder.CODE_DESC);
            }
        }
        return key.text(ob.code(), false).toString();
    }

    private <F> Facts facts(List<F> figures, Function<F, String> task, Function<F, String> citation,
            List<Target> judged, int asOf) {
        return new Facts(
                once(() -> indicators.listAll().stream().collect(Collectors.toMap(i -> i.code, Function.identity()))),
                once(() -> plans.tasksByKeys(figures.stream().map(task).filter(Objects::nonNull).distinct().toList())
                        .stream().collect(Collectors.toMap(Task::key, Function.identity()))),
                once(() -> documents(figures.stream().map(citation).distinct().toList())),
                once(() -> statuses(judged, asOf)));
    }

    private Map<String, String> documents(List<String> citationIds) {
        var cited = sources.citations(citationIds);
        Map<String, String> documents = new HashMap<>();
        for (int i = 0; i < citationIds.size(); i++) {
            documents.put(citationIds.get(i), cited.get(i) == null ? null : cited.get(i).documentCode());
        }
        return documents;
    }

    private Map<String, TargetStatus> statuses(List<Target> judged, int asOf) {
        var progress = judged.isEmpty() ? List.<TargetProgress> of() : kpis.progress(judged, asOf);
        Map<String, TargetStatus> statuses = new HashMap<>();
        for (int i = 0; i < judged.size(); i++) {
            statuses.put(judged.get(i).code(), progress.get(i).status());
        }
        return statuses;
    }

    /** A supplier that loads on its first call and answers from memory after. */
    private static <T> Supplier<T> once(Supplier<T> load) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = load.get();
                }
                return value;
            }
        };
    }

    private Predicate<Target> targetMatcher(TargetFilter f, Facts facts) {
        var tests = new ArrayList<Predicate<Target>>();
        scope(f.region(), f.park(), f.project(), Target::regionCode, Target::parkCode, Target::projectCode, tests);
        indicator(f.indicators(), f.categories(), f.text(), Target::indicatorCode, facts, tests);
        document(f.document(), Target::citationId, facts, tests);
        if (f.plan() != null && plans.plan(f.plan()).isEmpty()) {
            throw new UnknownCodeException("plan", f.plan());
        }
        if (f.plan() != null || f.programme() != null || f.task() != null) {
            tests.add(t -> {
                var task = t.taskKey() == null ? null : facts.tasks().get().get(t.taskKey());
                return task != null && (f.plan() == null || f.plan().equals(task.planCode()))
                        && (f.task() == null || f.task() == task.ordinal())
                        && (f.programme() == null || task.programmeId().endsWith("/P" + f.programme()));
            });
        }
        if (f.targetYear() != null) {
            var years = f.targetYear().checked("targetYear");
            tests.add(t -> years.contains(t.targetYear()));
        }
        if (f.comparators() != null) {
            tests.add(t -> f.comparators().contains(t.comparator()));
        }
        if (f.statuses() != null) {
            tests.add(t -> f.statuses().contains(facts.statusOfTarget().get().get(t.code())));
        }
        combine(f.and(), f.or(), f.not(), sub -> targetMatcher(sub, facts), tests);
        return tests.stream().reduce(t -> true, Predicate::and);
    }

    private Predicate<Observation> observationMatcher(ObservationFilter f, Facts facts) {
        var tests = new ArrayList<Predicate<Observation>>();
        scope(f.region(), f.park(), f.project(), Observation::regionCode, Observation::parkCode,
                Observation::projectCode, tests);
        indicator(f.indicators(), f.categories(), f.text(), Observation::indicatorCode, facts, tests);
        document(f.document(), Observation::citationId, facts, tests);
        if (f.year() != null) {
            var years = f.year().checked("year");
            tests.add(o -> years.contains(o.year()));
        }
        if (f.kinds() != null) {
            tests.add(o -> f.kinds().contains(o.kind()));
        }
        combine(f.and(), f.or(), f.not(), sub -> observationMatcher(sub, facts), tests);
        return tests.stream().reduce(o -> true, Predicate::and);
    }

    private <F, S> void combine(List<S> and, List<S> or, S not, Function<S, Predicate<F>> compile,
            List<Predicate<F>> tests) {
        if (and != null) {
            and.stream().map(compile).forEach(tests::add);
        }
        if (or != null) {
            var alternatives = or.stream().map(compile).toList();
            tests.add(x -> alternatives.stream().anyMatch(p -> p.test(x)));
        }
        if (not != null) {
            tests.add(compile.apply(not).negate());
        }
    }

    /** A region keeps figures of itself, of the regions under it, and of the parks and projects placed in those. */
    private <F> void scope(String region, String park, String project, Function<F, String> regionOf,
            Function<F, String> parkOf, Function<F, String> projectOf, List<Predicate<F>> tests) {
        if (region != null) {
            var within = regions.within(region).orElseThrow(() -> new UnknownCodeException("region", region));
            Set<String> parksWithin = new HashSet<>(parks.codesInRegions(within));
            Set<String> projectsWithin = new HashSet<>(projects.codesInRegions(within));
            tests.add(f -> in(within, regionOf.apply(f)) || in(parksWithin, parkOf.apply(f))
                    || in(projectsWithin, projectOf.apply(f)));
        }
        if (park != null) {
            if (parks.park(park).isEmpty()) {
                throw new UnknownCodeException("park", park);
            }
            tests.add(f -> park.equals(parkOf.apply(f)));
        }
        if (project != null) {
            if (projects.byCodes(List.of(project)).get(0) == null) {
                throw new UnknownCodeException("project", project);
            }
            tests.add(f -> project.equals(projectOf.apply(f)));
        }
    }

    /** Set.contains, which for the immutable sets throws on null. */
    private static boolean in(Set<String> codes, String code) {
        return code != null && codes.contains(code);
    }

    private static <F> void indicator(List<String> codes, List<IndicatorCategory> categories, String text,
            Function<F, String> indicatorOf, Facts facts, List<Predicate<F>> tests) {
        if (codes != null) {
            codes.stream().filter(c -> !facts.indicators().get().containsKey(c)).findFirst().ifPresent(c -> {
                throw new UnknownCodeException("indicator", c);
            });
            tests.add(f -> codes.contains(indicatorOf.apply(f)));
        }
        if (categories != null) {
            tests.add(f -> categories.contains(facts.indicators().get().get(indicatorOf.apply(f)).category));
        }
        if (text != null) {
            var wanted = text.toLowerCase(Locale.ROOT);
            tests.add(f -> {
                var i = facts.indicators().get().get(indicatorOf.apply(f));
                return i.nameZh.contains(text) || i.nameEn.toLowerCase(Locale.ROOT).contains(wanted);
            });
        }
    }

    private <F> void document(String document, Function<F, String> citationOf, Facts facts,
            List<Predicate<F>> tests) {
        if (document != null) {
            if (sources.document(document).isEmpty()) {
                throw new UnknownCodeException("document", document);
            }
            tests.add(f -> document.equals(facts.documentOfCitation().get().get(citationOf.apply(f))));
        }
    }
}
