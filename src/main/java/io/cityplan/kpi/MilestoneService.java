package io.cityplan.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.cityplan.common.Batches;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.Keyset;
import io.cityplan.common.Keyset.Key;
import io.cityplan.common.NodeResolver;
import io.cityplan.common.RowSource;
import io.cityplan.common.Sql;
import io.cityplan.plan.Task;
import io.quarkus.logging.Log;

/**
 * Milestones, paged and filtered by PostgreSQL, with their outcomes and progress. Their statuses are judged by
 * {@link MilestoneRule} and kept in table milestone_status, as targets' are in target_status ({@link TargetStatuses}
 * says why), so that filters and counts by status stay in SQL; milestones are few, so all are judged again whenever
 * the dataset is loaded.
 */
@ApplicationScoped
public class MilestoneService implements NodeResolver {

    /** The order milestones are paged in: by due year, then code. */
    static final Keyset<Milestone> ORDER = new Keyset<>("Milestone", List.of(
            new Key<>("m.due_year", false, Milestone::dueYear),
            new Key<>("m.code COLLATE \"C\"", false, Milestone::code)));
    /** Any fixed number, other than the dataset loader's and the target statuses'; instances of cityplan agree. */
    private static final long LOCK_KEY = 0x6d696c6573746f6eL;

    private final EntityManager em;
    private final KpiService kpis;
    private final FigureFilters filters;

    MilestoneService(EntityManager em, KpiService kpis, FigureFilters filters) {
        this.em = em;
        this.kpis = kpis;
        this.filters = filters;
    }

    /** The milestones a target filter keeps ({@link FigureFilters#milestones}), statuses as of {@code asOf}. */
    MilestoneConnection milestones(TargetFilter filter, int asOf, Window window, boolean withTotal) {
        var references = kpis.references();
        var relation = new RowSource<>(Milestone.COLUMNS, Sql.of("milestone m"), Milestone.CITATION,
                filters.milestones(filter, asOf), r -> Milestone.of(r, references));
        return MilestoneConnection.of(ORDER.page(em, relation, window, withTotal));
    }

    /** The milestones each task sets, by due year and code, in one statement. */
    List<List<Milestone>> ofTasks(List<Task> tasks) {
        var references = kpis.references();
        var keys = tasks.stream().map(Task::key).toList();
        var milestones = Sql.of("SELECT " + Milestone.COLUMNS + " FROM " + Milestone.FROM
                + " WHERE m.task_id = ANY(CAST(? AS text[])) ORDER BY m.due_year, m.code COLLATE \"C\"",
                Sql.textArray(keys.stream().distinct().toList())).rows(em).stream()
                .map(r -> Milestone.of(r, references)).toList();
        return Batches.many(keys, milestones, Milestone::taskKey);
    }

    /** The outcomes reported for each milestone, by year and code, in one statement. */
    List<List<MilestoneOutcome>> outcomes(List<Milestone> milestones) {
        var codes = milestones.stream().map(Milestone::code).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        var outcomes = Sql.of("SELECT " + MilestoneOutcome.COLUMNS + " FROM " + MilestoneOutcome.FROM
                + " WHERE u.milestone_code = ANY(CAST(? AS text[])) ORDER BY u.year, u.code COLLATE \"C\"",
                Sql.textArray(codes.stream().distinct().toList())).rows(em).stream().map(MilestoneOutcome::of)
                .toList();
        return Batches.many(codes, outcomes, MilestoneOutcome::milestoneCode);
    }

    /** The progress of each milestone as of a year, judged from its outcomes, read in one statement. */
    List<MilestoneProgress> progress(List<Milestone> milestones, int asOf) {
        var outcomes = outcomes(milestones);
        var progress = new ArrayList<MilestoneProgress>();
        for (int i = 0; i < milestones.size(); i++) {
            progress.add(MilestoneRule.judge(milestones.get(i), outcomes.get(i), asOf));
        }
        return progress;
    }

    /** Counts of the milestones a target filter keeps, by status as of {@code asOf}, in one statement. */
    MilestoneStats stats(TargetFilter filter, int asOf) {
        var rows = Sql.of("""
                SELECT grouping(s.status), s.status, count(*) FROM milestone m
                LEFT JOIN milestone_status s ON s.milestone_code = m.code AND s.years @> CAST(? AS integer)
                WHERE\s""", asOf).append(filters.milestones(filter, asOf),
                Sql.of(" GROUP BY GROUPING SETS ((), (s.status))")).rows(em);
        int total = 0;
        var byStatus = new HashMap<String, Integer>();
        for (var row : rows) {
            int count = ((Number) row[2]).intValue();
            if (((Number) row[0]).intValue() == 1) {
                total = count;
            } else if (row[1] != null) {
                byStatus.put((String) row[1], count);
            }
        }
        return new MilestoneStats(total, List.of(TargetStatus.ACHIEVED, TargetStatus.OFF_TRACK, TargetStatus.NOT_DUE,
                TargetStatus.NO_DATA).stream()
                .map(s -> new TargetStats.StatusCount(s, byStatus.getOrDefault(s.name(), 0))).toList());
    }

    /** Judges every milestone again and keeps its statuses, once the dataset is in place. */
    @Transactional
    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
        em.createNativeQuery("DELETE FROM milestone_status").executeUpdate();
        var references = kpis.references();
        var milestones = Sql.of("SELECT " + Milestone.COLUMNS + " FROM " + Milestone.FROM).rows(em).stream()
                .map(r -> Milestone.of(r, references)).toList();
        var outcomes = outcomes(milestones);
        var codes = new ArrayList<String>();
        var years = new ArrayList<String>();
        var statuses = new ArrayList<String>();
        for (int i = 0; i < milestones.size(); i++) {
            for (var span : MilestoneRule.spans(milestones.get(i), outcomes.get(i))) {
                codes.add(milestones.get(i).code());
                years.add("[" + (span.from() == null ? "" : span.from()) + "," + (span.to() == null ? "" : span.to())
                        + ")");
                statuses.add(span.status().name());
            }
        }
        // Every span in one statement: the rows of three arrays side by side.
        Sql.of("""
                INSERT INTO milestone_status (milestone_code, years, status)
                SELECT c, CAST(y AS int4range), s
                FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[])) AS r (c, y, s)""",
                Sql.textArray(codes), Sql.textArray(years), Sql.textArray(statuses)).update(em);
        Log.debugf("Milestone statuses judged: %d milestones", milestones.size());
    }

    @Override
    public Map<String, Lookup> lookups() {
        return Map.of("Milestone", this::byCodes);
    }

    private List<Milestone> byCodes(List<String> codes) {
        var references = kpis.references();
        return Batches.one(codes, Sql.of("SELECT " + Milestone.COLUMNS + " FROM " + Milestone.FROM
                + " WHERE m.code = ANY(CAST(? AS text[]))", Sql.textArray(codes.stream().distinct().toList()))
                .rows(em).stream().map(r -> Milestone.of(r, references)).toList(), Milestone::code);
    }
}
