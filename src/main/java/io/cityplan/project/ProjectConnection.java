package io.cityplan.project;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Page;
import io.cityplan.common.PageInfo;

@Description("A page of projects, with the total and the cursors to page on.")
public record ProjectConnection(
        @NonNull @Description("The page's projects, each with its cursor.") List<@NonNull ProjectEdge> edges,
        @NonNull @Description("The page's projects.") List<@NonNull Project> nodes,
        @NonNull @Description("Where the page lies in the list.") PageInfo pageInfo,
        @Description("How many projects the whole list has, across all its pages.") int totalCount) {

    public static ProjectConnection of(Page<Project> page) {
        return new ProjectConnection(page.edges(ProjectEdge::new), page.nodes(), page.pageInfo(), page.totalCount());
    }
}
