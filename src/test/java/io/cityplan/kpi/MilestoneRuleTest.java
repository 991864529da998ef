package io.cityplan.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cityplan.kpi.ProgressRule.StatusSpan;

/** The status rules of MilestoneProgress, one by one. */
class MilestoneRuleTest {

    private static final Milestone DUE_2022 = new Milestone("id", "m", "到2022年底…", "…", 2022, "到2022年底", false,
            null, null, null, null, null, null, null);

    private static MilestoneOutcome outcome(int year, ObservationKind kind, boolean done) {
        return new MilestoneOutcome("o" + year + kind + done, year, null, kind, done, null, null, "m");
    }

    private static MilestoneOutcome partOfYear(int year, String periodZh, boolean done) {
        return new MilestoneOutcome("o" + year + periodZh + done, year, periodZh, ObservationKind.ACTUAL, done, null,
                null, "m");
    }

    private static MilestoneProgress judge(int asOf, MilestoneOutcome... outcomes) {
        return MilestoneRule.judge(DUE_2022, List.of(outcomes), asOf);
    }

    @Test
    void achievedWhenTheLatestActualOutcomeSaysDone() {
        var done = outcome(2021, ObservationKind.ACTUAL, true);
        var progress = judge(2026, done);
        assertEquals(TargetStatus.ACHIEVED, progress.status());
        assertEquals(done, progress.latest());
        assertTrue(progress.onTime());
    }

    @Test
    void doneAfterTheDueYearIsAchievedButNotOnTime() {
        var late = judge(2026, outcome(2022, ObservationKind.ACTUAL, false),
                outcome(2023, ObservationKind.ACTUAL, true));
        assertEquals(TargetStatus.ACHIEVED, late.status());
        assertFalse(late.onTime());
        assertEquals(TargetStatus.OFF_TRACK,
                judge(2022, outcome(2022, ObservationKind.ACTUAL, false), outcome(2023, ObservationKind.ACTUAL, true))
                        .status());
    }

    @Test
    void offTrackWhenReportedNotDoneInTheDueYearOrLater() {
        var progress = judge(2026, outcome(2022, ObservationKind.ACTUAL, false));
        assertEquals(TargetStatus.OFF_TRACK, progress.status());
        assertNull(progress.onTime());
    }

    @Test
    void onTimeIsJudgedByTheFirstReportThatSaysDoneNotByALaterOneThatRepeatsIt() {
        var progress = judge(2026, outcome(2022, ObservationKind.ACTUAL, true),
                outcome(2024, ObservationKind.ACTUAL, true));
        assertEquals(TargetStatus.ACHIEVED, progress.status());
        assertEquals(2024, progress.latest().year());
        assertTrue(progress.onTime());
    }

    @Test
    void notDoneForPartOfTheDueYearHasNotMissedTheDeadline() {
        assertEquals(TargetStatus.NO_DATA, judge(2022, partOfYear(2022, "1-6月", false)).status());
        assertEquals(TargetStatus.ACHIEVED, judge(2022, partOfYear(2022, "1-6月", true)).status());
        assertEquals(TargetStatus.OFF_TRACK, judge(2023, partOfYear(2023, "1-6月", false)).status());
    }

    @Test
    void notDoneBeforeTheDueYearIsNotYetAJudgement() {
        assertEquals(TargetStatus.NOT_DUE, judge(2021, outcome(2021, ObservationKind.ACTUAL, false)).status());
        assertEquals(TargetStatus.NO_DATA, judge(2022, outcome(2021, ObservationKind.ACTUAL, false)).status());
    }

    @Test
    void withoutAnActualOutcomeItIsNotDueBeforeTheDueYearAndHasNoDataFromIt() {
        assertEquals(TargetStatus.NOT_DUE, judge(2021).status());
        assertEquals(TargetStatus.NO_DATA, judge(2022).status());
        assertEquals(TargetStatus.NO_DATA, judge(2030).status());
    }

    @Test
    void anExpectedOutcomeGivesTheOutlookAndNeverTheStatus() {
        var expected = outcome(2022, ObservationKind.EXPECTED, true);
        var progress = judge(2026, expected);
        assertEquals(TargetStatus.NO_DATA, progress.status());
        assertNull(progress.latest());
        assertEquals(expected, progress.outlook());
    }

    @Test
    void anExpectedOutcomeNoLaterThanTheLatestActualOneGivesNoOutlook() {
        var progress = judge(2026, outcome(2022, ObservationKind.EXPECTED, true),
                outcome(2022, ObservationKind.ACTUAL, false));
        assertEquals(TargetStatus.OFF_TRACK, progress.status());
        assertNull(progress.outlook());
    }

    @Test
    void outcomesOfLaterYearsThanAsOfAreLeftOut() {
        var progress = judge(2020, outcome(2021, ObservationKind.ACTUAL, true),
                outcome(2021, ObservationKind.EXPECTED, true));
        assertEquals(TargetStatus.NOT_DUE, progress.status());
        assertNull(progress.latest());
        assertNull(progress.outlook());
    }

    @Test
    void ofTwoActualOutcomesOfOneYearTheOneThatSaysDoneWins() {
        assertEquals(TargetStatus.ACHIEVED,
                judge(2026, outcome(2022, ObservationKind.ACTUAL, false), outcome(2022, ObservationKind.ACTUAL, true))
                        .status());
    }

    @Test
    void spansGiveTheStatusOfEveryAsOfYear() {
        var outcomes = List.of(outcome(2023, ObservationKind.ACTUAL, true));
        var spans = MilestoneRule.spans(DUE_2022, outcomes);
        assertEquals(List.of(new StatusSpan(null, 2022, TargetStatus.NOT_DUE),
                new StatusSpan(2022, 2023, TargetStatus.NO_DATA), new StatusSpan(2023, null, TargetStatus.ACHIEVED)),
                spans);
        for (int asOf = 2015; asOf < 2030; asOf++) {
            int year = asOf;
            var span = spans.stream().filter(s -> (s.from() == null || s.from() <= year)
                    && (s.to() == null || year < s.to())).findFirst().orElseThrow();
            assertEquals(MilestoneRule.judge(DUE_2022, outcomes, asOf).status(), span.status(), "as of " + asOf);
        }
    }
}
