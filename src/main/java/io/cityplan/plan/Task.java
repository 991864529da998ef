package io.cityplan.plan;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Connections;
import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;

@Description("One of a plan's numbered key tasks (重点任务).")
public record Task(
        @Id @NonNull @Description("Opaque global id.") String id,
        @Description("The task's number in the plan, from 1; numbering runs through all programmes.") int ordinal,
        @NonNull @Description("Title in Chinese, verbatim from the plan.") String titleZh,
        @NonNull @Description("Title in English (our translation).") String titleEn,
        @NonNull @Description("What the task asks for, in Chinese (our summary, not a quote).") String summaryZh,
        @NonNull @Description("What the task asks for, in English (our summary).") String summaryEn,
        @Ignore String key,
        @Ignore String planCode,
        @Ignore String programmeId,
        @Ignore String citationId) implements Node {

    static Task of(TaskEntity e) {
        return new Task(GlobalId.of("Task", e.id), e.ordinal, e.titleZh, e.titleEn, e.summaryZh, e.summaryEn, e.id,
                e.planCode, e.programmeId, e.citationId);
    }

    /** The order of task lists, by plan and then number; cursors hold it. */
    public static String sortKey(Task t) {
        return t.planCode() + "|" + Connections.numbered(t.ordinal(), "");
    }
}
