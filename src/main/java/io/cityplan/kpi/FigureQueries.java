package io.cityplan.kpi;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.cityplan.common.Connections.Window;
import io.cityplan.common.Keyset.Relation;
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
        var relation = FigureLists.targets(filters.targets(filter, asOf), kpis.references());
        Relation<?> counted = null;
        if (withTotal) {
            counted = filters.statusesAlone(filter, asOf)
                    .<Relation<?>> map(statuses -> new Relation<>("", Sql.of("target_status s"), statuses, null))
                    .orElse(relation);
        }
        return TargetConnection.of(FigureLists.targetOrder(order).page(em, relation, window, counted));
    }

    /** The page of the reported figures that pass the filter, in order. */
    ObservationConnection observations(ObservationFilter filter, List<ObservationOrder> orderBy, Integer mostRecent,
            Window window, boolean withTotal) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(ObservationOrder.YEAR_ASC) : orderBy;
        var relation = FigureLists.observations(filters.observations(filter), mostRecent,
                kpis.references());
        return ObservationConnection.of(FigureLists.observationOrder(order).page(em, relation, window, withTotal));
    }
}
