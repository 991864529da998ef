package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.Selections;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Nullable;

/** Targets and reported figures of every document and scope at once: filtered, ordered and counted. */
@GraphQLApi
public class FigureGraphQLApi {

    private final FigureQueries figures;
    private final TargetCounts counts;
    private final Context context;

    FigureGraphQLApi(FigureQueries figures, TargetCounts counts, Context context) {
        this.figures = figures;
        this.counts = counts;
        this.context = context;
    }

    @Query
    @Description("Targets of every document at every scope, filtered and ordered: by default by target year, then "
            + "code. " + KpiGraphQLApi.NULL_WHEN_ARGUMENTS_FAIL)
    public TargetConnection targets(
            @Name("filter") @Description("Which targets to keep; all when left out.") TargetFilter filter,
            @Nullable @Name("orderBy") @Description("The order, most significant first; ties end in code order.") List<@NonNull TargetOrder> orderBy,
            @Name("asOf") @Description("The year statuses are judged as of, for a filter on status; by default the "
                    + "current year.") Integer asOf,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return figures.targets(filter, orderBy, KpiGraphQLApi.asOfOrThisYear(asOf),
                new Window(first, after, last, before), Selections.selects(context, "totalCount"));
    }

    @Query
    @Description("Counts of the targets a filter keeps, by status, year, region and programme: a dashboard's "
            + "overview in one request. " + KpiGraphQLApi.NULL_WHEN_ARGUMENTS_FAIL)
    public TargetStats targetStats(
            @Name("filter") @Description("Which targets to count; all when left out.") TargetFilter filter,
            @Name("asOf") @Description("The year statuses are judged as of; by default the current year.") Integer asOf) {
        return counts.of(filter, KpiGraphQLApi.asOfOrThisYear(asOf));
    }

    @Query
    @Description("Figures reported in every document at every scope, filtered and ordered: by default by year, then "
            + "code. " + KpiGraphQLApi.NULL_WHEN_ARGUMENTS_FAIL)
    public ObservationConnection observations(
            @Name("filter") @Description("Which figures to keep; all when left out.") ObservationFilter filter,
            @Nullable @Name("orderBy") @Description("The order, most significant first; ties end in code order.") List<@NonNull ObservationOrder> orderBy,
            @Name("mostRecent") @Description(FigureLists.MOST_RECENT) Integer mostRecent,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return figures.observations(filter, orderBy, mostRecent, new Window(first, after, last, before),
                Selections.selects(context, "totalCount"));
    }
}
