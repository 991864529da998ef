package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Page;
import io.cityplan.common.PageInfo;

@Description("A page of observations, with the total and the cursors to page on.")
public record ObservationConnection(
        @NonNull @Description("The page's observations, each with its cursor.") List<@NonNull ObservationEdge> edges,
        @NonNull @Description("The page's observations.") List<@NonNull Observation> nodes,
        @NonNull @Description("Where the page lies in the list.") PageInfo pageInfo,
        @Description("How many observations the whole list has, across all its pages.") int totalCount) {

    public static ObservationConnection of(Page<Observation> page) {
        return new ObservationConnection(page.edges(ObservationEdge::new), page.nodes(), page.pageInfo(),
                page.totalCount());
    }
}
