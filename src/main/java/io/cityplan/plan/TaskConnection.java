package io.cityplan.plan;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Page;
import io.cityplan.common.PageInfo;

@Description("A page of tasks, with the total and the cursors to page on.")
public record TaskConnection(
        @NonNull @Description("The page's tasks, each with its cursor.") List<@NonNull TaskEdge> edges,
        @NonNull @Description("The page's tasks.") List<@NonNull Task> nodes,
        @NonNull @Description("Where the page lies in the list.") PageInfo pageInfo,
        @Description("How many tasks the whole list has, across all its pages.") int totalCount) {

    public static TaskConnection of(Page<Task> page) {
        return new TaskConnection(page.edges(TaskEdge::new), page.nodes(), page.pageInfo(), page.totalCount());
    }
}
