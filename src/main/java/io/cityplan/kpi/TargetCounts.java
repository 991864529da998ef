package io.cityplan.kpi;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.cityplan.common.RowCount;
import io.cityplan.common.Sql;
import io.cityplan.plan.PlanService;
import io.cityplan.plan.Programme;
import io.cityplan.region.RegionService;

/** Counts of targets for dashboards: by status, year, region and programme, grouped by PostgreSQL. */
@ApplicationScoped
public class TargetCounts {

    private static final String TARGET_ROWS = RowCount.tableRows("target");

    private final EntityManager em;
    private final FigureFilters filters;
    private final RegionService regions;
    private final PlanService plans;

    TargetCounts(EntityManager em, FigureFilters filters, RegionService regions, PlanService plans) {
        this.em = em;
        this.filters = filters;
        this.regions = regions;
        this.plans = plans;
    }

    /**
     * Counts of the targets that pass the filter, by status as of {@code asOf} (kept in target_status), year, region
     * and task, in one statement with a grouping set per count; tasks add up to their programmes here. A filter of a
     * plan, programme or task alone (or none) is answered from the counts kept per task (migration V9).
     */
    TargetStats of(TargetFilter filter, int asOf) {
        var byTask = filters.byTask(filter).filter(q -> q.statuses() == null);
        return stats(byTask.map(q -> kept(q.condition(), asOf)).orElseGet(() -> counted(filter, asOf)), filter, asOf);
    }

    /**
     * How many targets a {@link ByTask} question keeps, from the counts kept per task, with PostgreSQL's
     * estimate of the rows of table target.
     */
    RowCount count(ByTask question, int asOf) {
        var sql = question.statuses() == null
                ? Sql.of("SELECT coalesce(sum(t.targets), 0), " + TARGET_ROWS + " FROM target_count t WHERE ")
                        .append(question.condition())
                : Sql.of("SELECT coalesce(sum(t.starting - t.ending), 0), " + TARGET_ROWS
                        + " FROM target_status_bound t WHERE (t.year IS NULL OR t.year <= ?) AND ", asOf)
                        .append(Sql.anyOf("t.status", question.statuses().stream().map(Enum::name).toList()),
                                Sql.of(" AND "), question.condition());
        return RowCount.of(em, sql);
    }

    /**
     * The counts of the targets of the tasks that {@code tasks} keeps (over alias t), as rows of (group, key, count).
     */
    private Sql kept(Sql tasks, int asOf) {
        return Sql.of("""
                SELECT 'status', t.status, sum(t.starting - t.ending) FROM target_status_bound t
                WHERE (t.year IS NULL OR t.year <= ?) AND""", asOf).append(tasks.wrap(" ", """
                 GROUP BY t.status
                UNION ALL
                SELECT CASE WHEN grouping(t.target_year) = 0 THEN 'year' WHEN grouping(t.region_code) = 0 THEN 'region'
                    WHEN grouping(t.task_id) = 0 THEN 'task' ELSE 'total' END,
                    coalesce(CAST(t.target_year AS text), t.region_code, t.task_id), coalesce(sum(t.targets), 0)
                FROM target_count t WHERE\s"""),
                tasks.wrap("", " GROUP BY GROUPING SETS ((), (t.target_year), (t.region_code), (t.task_id))"));
    }

    /** The counts of the targets that pass the filter, from the targets themselves. */
    private Sql counted(TargetFilter filter, int asOf) {
        return Sql.of("""
                SELECT CASE WHEN grouping(s.status) = 0 THEN 'status' WHEN grouping(t.target_year) = 0 THEN 'year'
                    WHEN grouping(t.region_code) = 0 THEN 'region' WHEN grouping(t.task_id) = 0 THEN 'task'
                    ELSE 'total' END,
                    coalesce(s.status, CAST(t.target_year AS text), t.region_code, t.task_id), count(*)
                FROM target t LEFT JOIN target_status s ON s.target_code = t.code AND s.years @> CAST(? AS integer)
                WHERE\s""", asOf).append(filters.targets(filter, asOf).wrap("",
                " GROUP BY GROUPING SETS ((), (s.status), (t.target_year), (t.region_code), (t.task_id))"));
    }

    private TargetStats stats(Sql sql, TargetFilter filter, int asOf) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (var row : sql.rows(em)) {
            if (row[1] != null || "total".equals(row[0])) {
                counts.computeIfAbsent((String) row[0], k -> new HashMap<>()).put(String.valueOf(row[1]),
                        ((Number) row[2]).intValue());
            }
        }
        int total = counts.getOrDefault("total", Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        var statuses = counts.getOrDefault("status", Map.of());
        var byStatus = Arrays.stream(TargetStatus.values())
                .map(s -> new TargetStats.StatusCount(s, statuses.getOrDefault(s.name(), 0))).toList();
        var byYear = new TreeMap<Integer, Integer>();
        counts.getOrDefault("year", Map.of()).forEach((year, n) -> byYear.put(Integer.valueOf(year), n));
        var regionCounts = counts.getOrDefault("region", Map.of());
        var byRegion = regions.byCodes(List.copyOf(regionCounts.keySet())).stream()
                .map(r -> new TargetStats.RegionCount(r, regionCounts.get(r.code())))
                .sorted(Comparator.comparingInt(TargetStats.RegionCount::count).reversed()
                        .thenComparing(c -> c.region().code()))
                .toList();
        return new TargetStats(total, asOf, byStatus,
                byYear.entrySet().stream().map(e -> new TargetStats.YearCount(e.getKey(), e.getValue())).toList(),
                byRegion, byProgramme(counts.getOrDefault("task", Map.of())), filter);
    }

    /** Every programme of every plan, with how many targets its tasks set, zero included. */
    private List<TargetStats.ProgrammeCount> byProgramme(Map<String, Integer> byTask) {
        Map<String, Integer> byProgrammeKey = new HashMap<>();
        plans.tasks().forEach(t -> byProgrammeKey.merge(t.programmeId(), byTask.getOrDefault(t.key(), 0),
                Integer::sum));
        return plans.programmesByKeys(List.copyOf(byProgrammeKey.keySet())).stream()
                .sorted(Comparator.comparing(Programme::planCode).thenComparingInt(Programme::ordinal))
                .map(p -> new TargetStats.ProgrammeCount(p, byProgrammeKey.get(p.key()))).toList();
    }
}
