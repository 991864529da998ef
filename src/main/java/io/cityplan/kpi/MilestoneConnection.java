package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Page;
import io.cityplan.common.PageInfo;

@Description("A page of milestones, with the total and the cursors to page on.")
public record MilestoneConnection(
        @NonNull @Description("The page's milestones, each with its cursor.") List<@NonNull MilestoneEdge> edges,
        @NonNull @Description("The page's milestones.") List<@NonNull Milestone> nodes,
        @NonNull @Description("Where the page lies in the list.") PageInfo pageInfo,
        @Description("How many milestones the whole list has, across all its pages.") int totalCount) {

    public static MilestoneConnection of(Page<Milestone> page) {
        return new MilestoneConnection(page.edges(MilestoneEdge::new), page.nodes(), page.pageInfo(),
                page.totalCount());
    }
}
