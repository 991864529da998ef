package io.cityplan.kpi;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.cityplan.common.Connections.Window;
import io.cityplan.common.Keyset;
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
        var where = filters.targets(filter, asOf);
        var references = kpis.references();
        var relation = FigureLists.targets(where, references);
        int total = -1;
        if (withTotal) {
            var statuses = filters.statusesAlone(filter, asOf);
            if (statuses.isPresent()) {
                total = Keyset.count(em, new Relation<>("", Sql.of("target_status s"), statuses.get(), null),
                        "target").rows();
            } else {
                var count = Keyset.count(em, relation, "target");
                total = count.rows();
                if (FigureLists.fewEnoughToReadFirst(count, window)) {
                    relation = FigureLists.targetsFilteredFirst(where, references);
                }
            }
        }
        return TargetConnection.of(FigureLists.targetOrder(order).page(em, relation, window, total));
    }

    /** The page of the reported figures that pass the filter, in order. */
    ObservationConnection observations(ObservationFilter filter, List<ObservationOrder> orderBy, Integer mostRecent,
            Window window, boolean withTotal) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(ObservationOrder.YEAR_ASC) : orderBy;
        var where = filters.observations(filter);
        var references = kpis.references();
        var relation = FigureLists.observations(where, mostRecent, references);
        int total = -1;
        if (withTotal) {
            var count = Keyset.count(em, relation, "observation");
            total = count.rows();
            if (mostRecent == null && FigureLists.fewEnoughToReadFirst(count, window)) {
                relation = FigureLists.observationsFilteredFirst(where, references);
            }
        }
        return ObservationConnection.of(FigureLists.observationOrder(order).page(em, relation, window, total));
    }
}
