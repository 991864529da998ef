package io.cityplan.kpi;

import java.util.List;

import io.cityplan.common.Sql;

/**
 * What a filter asks when it asks nothing but a plan, programme or task and statuses (or nothing at all): the
 * question the counts kept per task answer (migration V9, {@link TargetCounts}).
 *
 * @param tasks the keys of the tasks asked for, or null for every target
 * @param statuses the statuses asked for, or null
 */
record ByTask(List<String> tasks, List<TargetStatus> statuses) {

    /**
     * The condition on column task_id (alias t) that keeps the tasks asked for. A semi-join on the array's
     * elements, not {@code = ANY}: the views are read whole, and PostgreSQL would parse the array's text again for
     * every row it tests (21 ms for the 5,000 rows of the plan's 45 tasks; the join unnests it once).
     */
    Sql condition() {
        return tasks == null ? Sql.TRUE
                : Sql.of("t.task_id IN (SELECT unnest(CAST(? AS text[])))", Sql.textArray(tasks));
    }
}
