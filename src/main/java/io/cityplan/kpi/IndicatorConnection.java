package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Page;
import io.cityplan.common.PageInfo;

@Description("A page of indicators, with the total and the cursors to page on.")
public record IndicatorConnection(
        @NonNull @Description("The page's indicators, each with its cursor.") List<@NonNull IndicatorEdge> edges,
        @NonNull @Description("The page's indicators.") List<@NonNull Indicator> nodes,
        @NonNull @Description("Where the page lies in the list.") PageInfo pageInfo,
        @Description("How many indicators the whole list has, across all its pages.") int totalCount) {

    public static IndicatorConnection of(Page<Indicator> page) {
        return new IndicatorConnection(page.edges(IndicatorEdge::new), page.nodes(), page.pageInfo(),
                page.totalCount());
    }
}
