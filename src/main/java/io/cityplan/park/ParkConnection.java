package io.cityplan.park;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Page;
import io.cityplan.common.PageInfo;

@Description("A page of parks, with the total and the cursors to page on.")
public record ParkConnection(
        @NonNull @Description("The page's parks, each with its cursor.") List<@NonNull ParkEdge> edges,
        @NonNull @Description("The page's parks.") List<@NonNull Park> nodes,
        @NonNull @Description("Where the page lies in the list.") PageInfo pageInfo,
        @Description("How many parks the whole list has, across all its pages.") int totalCount) {

    public static ParkConnection of(Page<Park> page) {
        return new ParkConnection(page.edges(ParkEdge::new), page.nodes(), page.pageInfo(), page.totalCount());
    }
}
