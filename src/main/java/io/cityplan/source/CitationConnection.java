package io.cityplan.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Page;
import io.cityplan.common.PageInfo;

@Description("A page of citations, with the total and the cursors to page on.")
public record CitationConnection(
        @NonNull @Description("The page's citations, each with its cursor.") List<@NonNull CitationEdge> edges,
        @NonNull @Description("The page's citations.") List<@NonNull Citation> nodes,
        @NonNull @Description("Where the page lies in the list.") PageInfo pageInfo,
        @Description("How many citations the whole list has, across all its pages.") int totalCount) {

    public static CitationConnection of(Page<Citation> page) {
        return new CitationConnection(page.edges(CitationEdge::new), page.nodes(), page.pageInfo(), page.totalCount());
    }
}
