package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.ReportsFailures;
import io.smallrye.graphql.api.Nullable;

/** Targets and reported figures of every document and scope at once: filtered, ordered and counted. */
@GraphQLApi
@ReportsFailures
public class FigureGraphQLApi {

    private final FigureQueries figures;
    private final TargetCounts counts;

    FigureGraphQLApi(FigureQueries figures, TargetCounts counts) {
        this.figures = figures;
        this.counts = counts;
    }

    @Query
    @NonNull
    @Description("Targets of every document at every scope, filtered and ordered: by default by target year, then "
            + "code.")
    public TargetConnection targets(
            @Name("filter") @Description("Which targets to keep; all when left out.") TargetFilter filter,
            @Nullable @Name("orderBy") @Description("The order, most significant first; ties end in code order.") List<@NonNull TargetOrder> orderBy,
            @Name("asOf") @Description("The year statuses are judged as of, for a filter on status; by default the "
                    + "current year.") Integer asOf,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(TargetOrder.TARGET_YEAR_ASC) : orderBy;
        return Connections.page("Target" + order, figures.targets(filter, order, KpiGraphQLApi.asOfOrThisYear(asOf)),
                t -> FigureQueries.sortKey(t, order), new Window(first, after, last, before), TargetConnection::of);
    }

    @Query
    @NonNull
    @Description("Counts of the targets a filter keeps, by status, year, region and programme: a dashboard's "
            + "overview in one request.")
    public TargetStats targetStats(
            @Name("filter") @Description("Which targets to count; all when left out.") TargetFilter filter,
            @Name("asOf") @Description("The year statuses are judged as of; by default the current year.") Integer asOf) {
        return counts.of(filter, KpiGraphQLApi.asOfOrThisYear(asOf));
    }

    @Query
    @NonNull
    @Description("Figures reported in every document at every scope, filtered and ordered: by default by year, then "
            + "code.")
    public ObservationConnection observations(
            @Name("filter") @Description("Which figures to keep; all when left out.") ObservationFilter filter,
            @Nullable @Name("orderBy") @Description("The order, most significant first; ties end in code order.") List<@NonNull ObservationOrder> orderBy,
            @Name("mostRecent") @Description(MostRecent.DESCRIPTION) Integer mostRecent,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(ObservationOrder.YEAR_ASC) : orderBy;
        return Connections.page("Observation" + order, MostRecent.keep(figures.observations(filter), mostRecent),
                o -> FigureQueries.sortKey(o, order), new Window(first, after, last, before),
                ObservationConnection::of);
    }
}
