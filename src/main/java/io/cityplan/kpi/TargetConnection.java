package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Page;
import io.cityplan.common.PageInfo;

@Description("A page of targets, with the total and the cursors to page on.")
public record TargetConnection(
        @NonNull @Description("The page's targets, each with its cursor.") List<@NonNull TargetEdge> edges,
        @NonNull @Description("The page's targets.") List<@NonNull Target> nodes,
        @NonNull @Description("Where the page lies in the list.") PageInfo pageInfo,
        @Description("How many targets the whole list has, across all its pages.") int totalCount) {

    public static TargetConnection of(Page<Target> page) {
        return new TargetConnection(page.edges(TargetEdge::new), page.nodes(), page.pageInfo(), page.totalCount());
    }
}
