package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Counts of the milestones a target filter keeps (see TargetStats.milestones), by status.")
public record MilestoneStats(
        @Description("How many milestones the filter keeps.") int total,
        @NonNull @Description("How many milestones have each status a milestone can have (ACHIEVED, OFF_TRACK, "
                + "NOT_DUE, NO_DATA), in the order of TargetStatus.") List<TargetStats.@NonNull StatusCount> byStatus) {
}
