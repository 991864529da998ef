package io.cityplan.kpi;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.cityplan.common.Connections.Window;
import io.cityplan.common.Keyset;
import io.cityplan.common.Keyset.Relation;
import io.cityplan.common.Page;
import io.cityplan.common.Sql;

/** Targets and reported figures across all scopes, filtered, ordered and paged by PostgreSQL. */
@ApplicationScoped
public class FigureQueries {

    private final EntityManager em;
    private final FigureFilters filters;
    private final KpiService kpis;

    FigureQueries(EntityManager em, FigureFilters filters, KpiService kpis) {
        this.em = em;
        this.filters = filters;
        this.kpis = kpis;
    }

    /** The page of the targets that pass the filter, in order; statuses are judged as of {@code asOf}. */
    TargetConnection targets(TargetFilter filter, List<TargetOrder> orderBy, int asOf, Window window,
            boolean withTotal) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(TargetOrder.TARGET_YEAR_ASC) : orderBy;
        var where = filters.targets(filter, asOf);
        var references = kpis.references();
        var counted = filters.statusesAlone(filter, asOf)
                .<Relation<?>> map(statuses -> new Relation<>("", Sql.of("target_status s"), "", statuses, null));
        return TargetConnection.of(page(FigureLists.targetOrder(order), FigureLists.targets(where, references),
                counted.orElse(null), FigureLists.targetsFilteredFirst(where, references), "target", window,
                withTotal));
    }

    /** The page of the reported figures that pass the filter, in order. */
    ObservationConnection observations(ObservationFilter filter, List<ObservationOrder> orderBy, Integer mostRecent,
            Window window, boolean withTotal) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(ObservationOrder.YEAR_ASC) : orderBy;
        var where = filters.observations(filter);
        var references = kpis.references();
        return ObservationConnection.of(page(FigureLists.observationOrder(order),
                FigureLists.observations(where, mostRecent, references), null,
                mostRecent == null ? FigureLists.observationsFilteredFirst(where, references) : null, "observation",
                window, withTotal));
    }

    /**
     * The page of {@code relation}, counted when asked: in {@code counted} where that is given (a relation with as
     * many rows, cheaper to count), and then read from {@code filteredFirst} where that is given and the list is
     * short enough ({@link FigureLists#fewEnoughToReadFirst}).
     */
    private <T> Page<T> page(Keyset<T> order, Relation<T> relation, Relation<?> counted, Relation<T> filteredFirst,
            String table, Window window, boolean withTotal) {
        if (!withTotal) {
            return order.page(em, relation, window, -1);
        }
        var count = Keyset.count(em, counted != null ? counted : relation, table);
        var read = filteredFirst != null && FigureLists.fewEnoughToReadFirst(count, window) ? filteredFirst : relation;
        return order.page(em, read, window, count.rows());
    }
}
