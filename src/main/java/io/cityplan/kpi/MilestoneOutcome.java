package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.source.Citation;

@Description("What a document reports of a milestone for a year: done or not, as achieved or only expected.")
public record MilestoneOutcome(
        @NonNull @Description("Stable key of the outcome.") String code,
        @Description("The year the outcome is reported for.") int year,
        @Description("Part of the year reported for, in Chinese, when less than a year (e.g. 1-6月).") String periodZh,
        @NonNull @Description("Reported as fact (ACTUAL: 实现, 完成, or not yet), or expected or estimated (有望, "
                + "预计).") ObservationKind kind,
        @Description("Whether the milestone is reported done.") boolean done,
        @Description("How an ambiguous wording was read, where it was.") String note,
        @NonNull @Description("The passage of the document that reports the outcome.") Citation citation,
        @Ignore String milestoneCode) {

    /** Table {@code milestone_outcome} (alias u) with the citation of each outcome (alias uc). */
    static final String FROM = "milestone_outcome u LEFT JOIN citation uc ON uc.id = u.citation_id";

    /** The columns of {@link #FROM} that {@link #of(Object[])} reads, in its order. */
    static final String COLUMNS = "u.code, u.year, u.kind, u.done, u.note, u.milestone_code, u.period_zh, "
            + Citation.columns("uc");

    static MilestoneOutcome of(Object[] r) {
        return new MilestoneOutcome((String) r[0], (Integer) r[1], (String) r[6],
                ObservationKind.valueOf((String) r[2]), (Boolean) r[3], (String) r[4], Citation.of(r, 7),
                (String) r[5]);
    }
}
