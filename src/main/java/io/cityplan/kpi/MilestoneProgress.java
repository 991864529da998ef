package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How a milestone stands as of a year, judged from the outcomes reported up to that year, in this order: "
        + "ACHIEVED when the latest outcome reported as fact (ACTUAL) says it is done; OFF_TRACK when that outcome says "
        + "it is not done and is for a year after the due year, or for the whole due year; NOT_DUE when neither holds "
        + "and the due year is after the as-of year; NO_DATA otherwise. An expected or estimated outcome (有望, 预计) "
        + "never sets the status: it gives the `outlook`. Of two actual outcomes for the same year, one that reports it "
        + "done wins.")
public record MilestoneProgress(
        @NonNull @Description("How the milestone stands: ACHIEVED, OFF_TRACK, NOT_DUE or NO_DATA.") TargetStatus status,
        @Description("The year the status is judged as of: outcomes of later years are left out.") int asOf,
        @Description("The latest outcome reported as fact (ACTUAL) up to `asOf`, which the status is judged by; null "
                + "when there is none.") MilestoneOutcome latest,
        @Description("For an ACHIEVED milestone, whether the first actual outcome that reports it done is for its due "
                + "year or earlier; null otherwise.") Boolean onTime,
        @Description("The latest expected or estimated outcome of a later year than `latest`, up to `asOf`; null when "
                + "there is none. It never sets `status`.") MilestoneOutcome outlook) {
}
