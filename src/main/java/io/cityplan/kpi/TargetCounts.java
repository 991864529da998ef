package io.cityplan.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.plan.PlanService;
import io.cityplan.plan.Programme;
import io.cityplan.plan.Task;
import io.cityplan.region.RegionService;

/** Counts of targets for dashboards: by status, year, region and programme. */
@ApplicationScoped
public class TargetCounts {

    private final FigureQueries figures;
    private final KpiService kpis;
    private final RegionService regions;
    private final PlanService plans;

    TargetCounts(FigureQueries figures, KpiService kpis, RegionService regions, PlanService plans) {
        this.figures = figures;
        this.kpis = kpis;
        this.regions = regions;
        this.plans = plans;
    }

    /** Counts of the targets that pass the filter, by status as of {@code asOf}, year, region and programme. */
    TargetStats of(TargetFilter filter, int asOf) {
        var kept = figures.targets(filter, List.of(), asOf);
        var progress = kept.isEmpty() ? List.<TargetProgress> of() : kpis.progress(kept, asOf);
        var statuses = progress.stream().collect(Collectors.groupingBy(TargetProgress::status, Collectors.counting()));
        var byStatus = Arrays.stream(TargetStatus.values())
                .map(s -> new TargetStats.StatusCount(s, statuses.getOrDefault(s, 0L).intValue())).toList();
        var byYear = new TreeMap<>(
                kept.stream().collect(Collectors.groupingBy(Target::targetYear, Collectors.counting())))
                .entrySet().stream().map(e -> new TargetStats.YearCount(e.getKey(), e.getValue().intValue())).toList();
        var byRegionCode = counts(kept.stream().map(Target::regionCode));
        var regionCodes = byRegionCode.keySet().stream().toList();
        var byRegion = regions.byCodes(regionCodes).stream()
                .map(r -> new TargetStats.RegionCount(r, byRegionCode.get(r.code())))
                .sorted(java.util.Comparator.comparingInt(TargetStats.RegionCount::count).reversed()
                        .thenComparing(c -> c.region().code()))
                .toList();
        var tasks = plans.tasksByKeys(kept.stream().map(Target::taskKey).filter(Objects::nonNull).distinct().toList());
        var taskProgrammes = tasks.stream().collect(Collectors.toMap(Task::key, Task::programmeId));
        var byProgrammeKey = counts(
                kept.stream().map(t -> t.taskKey() == null ? null : taskProgrammes.get(t.taskKey())));
        var byProgramme = plans.programmesByKeys(new ArrayList<>(byProgrammeKey.keySet())).stream()
                .sorted(java.util.Comparator.comparing(Programme::planCode).thenComparingInt(Programme::ordinal))
                .map(p -> new TargetStats.ProgrammeCount(p, byProgrammeKey.get(p.key()))).toList();
        return new TargetStats(kept.size(), asOf, byStatus, byYear, byRegion, byProgramme);
    }

    /** How often each non-null key occurs. */
    private static Map<String, Integer> counts(Stream<String> keys) {
        return keys.filter(Objects::nonNull).collect(Collectors.toMap(k -> k, k -> 1, Integer::sum, HashMap::new));
    }

}
