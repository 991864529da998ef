package io.cityplan.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Page;
import io.cityplan.common.PageInfo;

@Description("A page of search hits, best first, with the total and the cursors to page on.")
public record SearchHitConnection(
        @NonNull @Description("The page's hits, each with its cursor.") List<@NonNull SearchHitEdge> edges,
        @NonNull @Description("The page's hits.") List<@NonNull SearchHit> nodes,
        @NonNull @Description("Where the page lies in the list.") PageInfo pageInfo,
        @Description("How many hits there are, across all pages.") int totalCount) {

    static SearchHitConnection of(Page<SearchHit> page) {
        return new SearchHitConnection(page.edges(SearchHitEdge::new), page.nodes(), page.pageInfo(),
                page.totalCount());
    }
}
