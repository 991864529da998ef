package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.plan.Programme;
import io.cityplan.region.Region;

@Description("Counts of the targets a filter keeps, for a dashboard: by status, year, region and programme; and of "
        + "the milestones it keeps, by status.")
public record TargetStats(
        @Description("How many targets the filter keeps.") int total,
        @Description("The year statuses are judged as of.") int asOf,
        @NonNull @Description("How many targets have each status, for every status, in the order of TargetStatus.") List<@NonNull StatusCount> byStatus,
        @NonNull @Description("How many targets fall due in each year, earliest first.") List<@NonNull YearCount> byYear,
        @NonNull @Description("How many targets each region has at its own scope, most first; ties by code.") List<@NonNull RegionCount> byRegion,
        @NonNull @Description("How many targets the tasks of each programme set, for every programme of every plan "
                + "(zero included), by plan and programme number; targets set by no task are not counted here.") List<@NonNull ProgrammeCount> byProgramme,
        @Ignore TargetFilter filter) {

    @Description("A status and how many targets have it.")
    public record StatusCount(@NonNull @Description("The status.") TargetStatus status,
            @Description("How many targets have it.") int count) {
    }

    @Description("A target year and how many targets fall due in it.")
    public record YearCount(@Description("The target year.") int year,
            @Description("How many targets fall due in it.") int count) {
    }

    @Description("A region and how many targets it has at its own scope.")
    public record RegionCount(@NonNull @Description("The region.") Region region,
            @Description("How many targets it has.") int count) {
    }

    @Description("A programme and how many targets its tasks set.")
    public record ProgrammeCount(@NonNull @Description("The programme.") Programme programme,
            @Description("How many targets its tasks set.") int count) {
    }
}
