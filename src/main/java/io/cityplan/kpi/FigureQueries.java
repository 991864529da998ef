package io.cityplan.kpi;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.cityplan.common.Connections.Window;
import io.cityplan.common.Keyset;
import io.cityplan.common.Page;
import io.cityplan.common.RowCount;
import io.cityplan.common.RowSource;

/** Targets and reported figures across all scopes, filtered, ordered and paged by PostgreSQL. */
@ApplicationScoped
public class FigureQueries {

    private final EntityManager em;
    private final FigureFilters filters;
    private final KpiService kpis;
    private final TargetCounts counts;

    FigureQueries(EntityManager em, FigureFilters filters, KpiService kpis, TargetCounts counts) {
        this.em = em;
        this.filters = filters;
        this.kpis = kpis;
        this.counts = counts;
    }

    /** The page of the targets that pass the filter, in order; statuses are judged as of {@code asOf}. */
    TargetConnection targets(TargetFilter filter, List<TargetOrder> orderBy, int asOf, Window window,
            boolean withTotal) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(TargetOrder.TARGET_YEAR_ASC) : orderBy;
        var where = filters.targets(filter, asOf);
        var references = kpis.references();
        var relation = FigureLists.targets(where, references);
        Supplier<RowCount> count = filters
                .byTask(filter).<Supplier<RowCount>> map(question -> () -> counts.count(question, asOf))
                .orElse(() -> RowCount.of(em, relation, "target"));
        return TargetConnection.of(page(FigureLists.targetOrder(order), relation, count,
                FigureLists.targetsFilteredFirst(where, references), window, withTotal));
    }

    /** The page of the reported figures that pass the filter, in order. */
    ObservationConnection observations(ObservationFilter filter, List<ObservationOrder> orderBy, Integer mostRecent,
            Window window, boolean withTotal) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(ObservationOrder.YEAR_ASC) : orderBy;
        var where = filters.observations(filter);
        var references = kpis.references();
        boolean wholeSeries = filters.wholeSeries(filter);
        var relation = FigureLists.observations(where, mostRecent, wholeSeries, references);
        boolean bySeriesYear = mostRecent == null ? filters.bySeriesYear(filter) : wholeSeries;
        Supplier<RowCount> count = bySeriesYear
                ? () -> RowCount.of(em, FigureLists.seriesYearCount(where, mostRecent))
                : () -> RowCount.of(em, relation, "observation");
        return ObservationConnection.of(page(FigureLists.observationOrder(order), relation, count,
                mostRecent == null ? FigureLists.observationsFilteredFirst(where, references) : null, window,
                withTotal));
    }

    /**
     * The page of {@code relation}, counted by {@code count} when asked, and then read from {@code filteredFirst}
     * where that is given and the list is short enough ({@link FigureLists#fewEnoughToReadFirst}).
     */
    private <T> Page<T> page(Keyset<T> order, RowSource<T> relation, Supplier<RowCount> count,
            RowSource<T> filteredFirst, Window window, boolean withTotal) {
        if (!withTotal) {
            return order.page(em, relation, window, -1);
        }
        var counted = count.get();
        var read = filteredFirst != null && FigureLists.fewEnoughToReadFirst(counted, window) ? filteredFirst
                : relation;
        return order.page(em, read, window, counted.rows());
    }
}
