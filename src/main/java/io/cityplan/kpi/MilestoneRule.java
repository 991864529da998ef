package io.cityplan.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Judges a milestone by the outcomes reported for it, by the rules {@link MilestoneProgress} describes: a milestone
 * has no value to measure progress by, so it is ACHIEVED, OFF_TRACK, NOT_DUE or NO_DATA, never ON_TRACK or AT_RISK.
 */
final class MilestoneRule {

    /** Latest year first; within a year, an outcome that reports the milestone done first. */
    private static final Comparator<MilestoneOutcome> LATEST_FIRST = Comparator
            .comparingInt(MilestoneOutcome::year).reversed().thenComparing(o -> !o.done());

    private MilestoneRule() {
    }

    static MilestoneProgress judge(Milestone milestone, List<MilestoneOutcome> outcomes, int asOf) {
        var latest = latest(outcomes, asOf, true, Integer.MIN_VALUE);
        var outlook = latest(outcomes, asOf, false, latest == null ? Integer.MIN_VALUE : latest.year() + 1);
        TargetStatus status;
        if (latest != null && latest.done()) {
            status = TargetStatus.ACHIEVED;
        } else if (latest != null && (latest.year() > milestone.dueYear()
                || latest.year() == milestone.dueYear() && latest.periodZh() == null)) {
            status = TargetStatus.OFF_TRACK;
        } else if (asOf < milestone.dueYear()) {
            status = TargetStatus.NOT_DUE;
        } else {
            status = TargetStatus.NO_DATA;
        }
        var onTime = status == TargetStatus.ACHIEVED ? firstDone(outcomes, asOf) <= milestone.dueYear() : null;
        return new MilestoneProgress(status, asOf, latest, onTime, outlook);
    }

    /**
     * The milestone's status for every as-of year, as spans over which it does not change. It can change only in a
     * year an outcome is for and in the due year, so judging once in each of those years, and once before the first,
     * gives every span.
     */
    static List<ProgressRule.StatusSpan> spans(Milestone milestone, List<MilestoneOutcome> outcomes) {
        var changes = new TreeSet<Integer>();
        changes.add(milestone.dueYear());
        outcomes.forEach(o -> changes.add(o.year()));
        var spans = new ArrayList<ProgressRule.StatusSpan>();
        Integer from = null;
        var status = judge(milestone, outcomes, changes.first() - 1).status();
        for (var year : changes) {
            var next = judge(milestone, outcomes, year).status();
            if (next != status) {
                spans.add(new ProgressRule.StatusSpan(from, year, status));
                from = year;
                status = next;
            }
        }
        spans.add(new ProgressRule.StatusSpan(from, null, status));
        return spans;
    }

    /** The year of the first actual outcome up to {@code asOf} that reports the milestone done. */
    private static int firstDone(List<MilestoneOutcome> outcomes, int asOf) {
        return outcomes.stream().filter(o -> o.done() && o.kind() == ObservationKind.ACTUAL && o.year() <= asOf)
                .mapToInt(MilestoneOutcome::year).min().orElseThrow();
    }

    /**
     * The latest outcome up to {@code asOf} and from {@code from} on, of those reported as achieved ({@code actual})
     * or of the others.
     */
    private static MilestoneOutcome latest(List<MilestoneOutcome> outcomes, int asOf, boolean actual, int from) {
        return outcomes.stream()
                .filter(o -> o.year() <= asOf && o.year() >= from && (o.kind() == ObservationKind.ACTUAL) == actual)
                .min(LATEST_FIRST).orElse(null);
    }
}
