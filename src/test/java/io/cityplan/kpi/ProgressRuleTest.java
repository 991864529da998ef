package io.cityplan.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cityplan.kpi.ProgressRule.Reading;

/** The status rules of TargetStatus, one by one. */
class ProgressRuleTest {

    private static Target target(Comparison comparator, String value, int targetYear, String baselineValue,
            Integer baselineYear) {
        return new Target("id", "t", comparator, FigureForm.LEVEL, new BigDecimal(value), "亿元", null, targetYear,
                baselineValue == null ? null : new BigDecimal(baselineValue), baselineYear, null, null, false, null,
                null, null, null, null, null, null, "gdp", "130100", null, null, null, "c", 1,
                FigureOrigin.DATASET);
    }

    private static Reading reading(int year, ObservationKind kind, String periodZh, String value) {
        var o = new Observation("id", "o" + year + kind, null, year, periodZh, kind, Comparison.EQ, FigureForm.LEVEL,
                new BigDecimal(value), "亿元", null, null, null, null, null, null, null, "gdp", "130100", null, null,
                "c", 1, FigureOrigin.DATASET);
        return new Reading(o, o.value());
    }

    private static Reading reading(int year, String value) {
        return reading(year, ObservationKind.ACTUAL, null, value);
    }

    private static TargetProgress judge(Target target, boolean betterHigher, int asOf, Reading... readings) {
        return ProgressRule.judge(target, betterHigher, Arrays.asList(readings), asOf);
    }

    @Test
    void achievedWhenTheLatestFigureMeetsTheBound() {
        var atLeast = target(Comparison.GTE, "10000", 2025, null, null);
        assertEquals(TargetStatus.ACHIEVED, judge(atLeast, true, 2026, reading(2024, "10100")).status());
        var atMost = target(Comparison.LTE, "49", 2025, null, null);
        assertEquals(TargetStatus.ACHIEVED, judge(atMost, false, 2026, reading(2025, "48")).status());
    }

    @Test
    void anAboutTargetIsMetWithinFivePerCentOrPastItInTheBetterDirection() {
        var about = target(Comparison.APPROX, "100", 2025, null, null);
        assertEquals(TargetStatus.ACHIEVED, judge(about, true, 2026, reading(2025, "95")).status());
        assertEquals(TargetStatus.ACHIEVED, judge(about, true, 2026, reading(2025, "130")).status());
        assertEquals(TargetStatus.OFF_TRACK, judge(about, true, 2026, reading(2025, "94.9")).status());
        assertEquals(TargetStatus.OFF_TRACK, judge(about, false, 2026, reading(2025, "106")).status());
    }

    @Test
    void anExactTargetIsMetByReachingItInTheBetterDirection() {
        var exact = target(Comparison.EQ, "10", 2025, null, null);
        assertEquals(TargetStatus.ACHIEVED, judge(exact, true, 2026, reading(2025, "12")).status());
        assertEquals(TargetStatus.OFF_TRACK, judge(exact, false, 2026, reading(2025, "12")).status());
    }

    @Test
    void offTrackWhenTheTargetYearsWholeYearFigureMissesIt() {
        var target = target(Comparison.GTE, "100", 2024, null, null);
        assertEquals(TargetStatus.OFF_TRACK, judge(target, true, 2026, reading(2024, "90")).status());
    }

    @Test
    void aFigureForPartOfTheTargetYearDoesNotJudgeItMissed() {
        var target = target(Comparison.EQ, "62", 2024, null, null);
        var partial = reading(2024, ObservationKind.ACTUAL, "目前", "34.2");
        assertEquals(TargetStatus.NO_DATA, judge(target, true, 2026, partial).status());
        assertEquals(TargetStatus.NOT_DUE, judge(target, true, 2023).status());
    }

    @Test
    void onTrackAtRiskOrOffTrackByProgressAgainstTheTimeThatHasPassed() {
        // From 100 in 2020 to 200 in 2025: by 2023, 60% of the period has passed.
        var target = target(Comparison.GTE, "200", 2025, "100", 2020);
        var onTrack = judge(target, true, 2024, reading(2023, "160"));
        assertEquals(TargetStatus.ON_TRACK, onTrack.status());
        assertEquals(new BigDecimal("0.6"), onTrack.share().stripTrailingZeros());
        assertEquals(new BigDecimal("0.6"), onTrack.expectedShare().stripTrailingZeros());
        assertEquals(TargetStatus.AT_RISK, judge(target, true, 2024, reading(2023, "130")).status());
        assertEquals(TargetStatus.OFF_TRACK, judge(target, true, 2024, reading(2023, "129")).status());
    }

    @Test
    void progressOfADecreaseCountsTheFallFromTheBaseline() {
        // PM2.5 from 60 in 2020 down to at most 49 in 2025; 54.5 in 2023 is half the way at 60% of the time.
        var target = target(Comparison.LTE, "49", 2025, "60", 2020);
        var progress = judge(target, false, 2024, reading(2023, "54.5"));
        assertEquals(new BigDecimal("0.5"), progress.share().stripTrailingZeros());
        assertEquals(TargetStatus.AT_RISK, progress.status());
    }

    @Test
    void aFigureOfTheBaselineYearIsTheBaselineWhenTheTargetStatesNone() {
        var target = target(Comparison.GTE, "200", 2025, null, 2020);
        var progress = judge(target, true, 2026, reading(2020, "100"), reading(2023, "190"));
        assertEquals(new BigDecimal("100"), progress.baselineValue());
        assertEquals(TargetStatus.ON_TRACK, progress.status());
    }

    @Test
    void notDueOrNoDataWithoutAFigure() {
        var target = target(Comparison.GTE, "5", 2026, null, null);
        assertEquals(TargetStatus.NOT_DUE, judge(target, true, 2025).status());
        assertEquals(TargetStatus.NO_DATA, judge(target, true, 2026).status());
        assertNull(judge(target, true, 2026).latest());
    }

    @Test
    void figuresAfterTheAsOfYearAreLeftOutAndAnActualFigureWinsItsYear() {
        var target = target(Comparison.GTE, "100", 2025, null, null);
        var expected = reading(2023, ObservationKind.EXPECTED, null, "120");
        var actual = reading(2023, ObservationKind.ACTUAL, null, "90");
        var progress = judge(target, true, 2023, expected, actual, reading(2024, "130"));
        assertEquals(actual.observation(), progress.latest());
        assertEquals(TargetStatus.NOT_DUE, progress.status());
    }

    /** 2021's 退后十 rests on 有望实现 (expected to be met): an outlook, not an achievement. */
    @Test
    void t27AirQualityRank2021IsNotAchievedByAFigureExpectedToMeetIt() {
        var target = target(Comparison.GTE, "11", 2021, null, null);
        var expected = reading(2021, ObservationKind.EXPECTED, null, "11");
        var progress = judge(target, true, 2026, expected);
        assertEquals(TargetStatus.NO_DATA, progress.status());
        assertNull(progress.latest());
        assertEquals(expected.observation(), progress.outlook().figure());
        assertTrue(progress.outlook().meets());
        assertNull(judge(target, true, 2020, expected).outlook(), "a figure of a later year than the as-of year");
    }

    /** 2022's 退后十 is not met by 2021's expected 退后十, neither as of 2021 nor later. */
    @Test
    void ewcAirQualityRank2022IsNotAchievedByAnExpectedFigureOfTheYearBefore() {
        var target = target(Comparison.GTE, "11", 2022, null, null);
        var expected = reading(2021, ObservationKind.EXPECTED, null, "11");
        assertEquals(TargetStatus.NOT_DUE, judge(target, true, 2021, expected).status());
        assertEquals(TargetStatus.NO_DATA, judge(target, true, 2026, expected).status());
        assertTrue(judge(target, true, 2021, expected).outlook().meets());
    }

    /**
     * 再出让1000亩 this year (a total from 2021) is not judged by 1100亩 transferred 去年至今 (a total from 2020): that
     * period ends where the pledge starts.
     */
    @Test
    void qxLandTransfer2021IsNotJudgedByATotalOverOtherYears() {
        var target = new Target("id", "qx-land-transfer-2021", Comparison.GTE, FigureForm.TOTAL, new BigDecimal("1000"),
                "亩", 2021, 2021, null, null, null, null, false, null, null, null, null, null, null, null,
                "land-transferred", "130104", null, null, null, "c", 1, FigureOrigin.DATASET);
        var sinceLastYear = total(2020, 2021, "去年至今", "1100");
        var progress = judge(target, true, 2026, sinceLastYear);
        assertEquals(TargetStatus.NO_DATA, progress.status());
        assertNull(progress.latest());
        var thisYear = total(2021, 2021, null, "1200");
        assertEquals(TargetStatus.ACHIEVED, judge(target, true, 2026, sinceLastYear, thisYear).status());
    }

    private static Reading total(int startYear, int year, String periodZh, String value) {
        var o = new Observation("id", "o" + startYear + year, startYear, year, periodZh, ObservationKind.ACTUAL,
                Comparison.EQ, FigureForm.TOTAL, new BigDecimal(value), "亩", null, null, null, null, null, null, null,
                "land-transferred", "130104", null, null, "c", 1, FigureOrigin.DATASET);
        return new Reading(o, o.value());
    }

    @Test
    void anExpectedOrEstimatedFigureNeverJudgesATarget() {
        var target = target(Comparison.GTE, "200", 2025, "100", 2020);
        for (var kind : new ObservationKind[] { ObservationKind.EXPECTED, ObservationKind.ESTIMATE }) {
            var notActual = reading(2025, kind, null, "250");
            var progress = judge(target, true, 2026, reading(2023, "160"), notActual);
            assertEquals(TargetStatus.ON_TRACK, progress.status(), kind + " figure of the target year");
            assertEquals(new BigDecimal("160"), progress.latestValue());
            assertEquals(notActual.observation(), progress.outlook().figure());
            // Nor is it a baseline.
            var noBaseline = target(Comparison.GTE, "200", 2025, null, 2020);
            assertNull(judge(noBaseline, true, 2026, reading(2020, kind, null, "100")).baselineValue());
        }
    }

    @Test
    void anActualFigureOvertakesTheOutlook() {
        var target = target(Comparison.GTE, "100", 2025, null, null);
        var progress = judge(target, true, 2026, reading(2022, ObservationKind.EXPECTED, null, "120"),
                reading(2023, "90"), reading(2023, ObservationKind.EXPECTED, null, "130"));
        assertEquals(new BigDecimal("90"), progress.latestValue());
        assertNull(progress.outlook(), "an expected figure of the latest actual figure's year, or older");
        var missing = judge(target, true, 2026, reading(2023, "90"), reading(2024, ObservationKind.EXPECTED, null,
                "95"));
        assertFalse(missing.outlook().meets());
    }

    @Test
    void keptSpansGiveTheStatusTheRuleGivesInEveryAsOfYear() {
        var units = new Units(Map.of("亿元", new Units.Unit("亿元", "亿元", BigDecimal.ONE),
                "万亿元", new Units.Unit("万亿元", "亿元", new BigDecimal("10000"))));
        var target = target(Comparison.GTE, "200", 2025, "100", 2020);
        var figures = List.of(figure(2021, "亿元", ObservationKind.ACTUAL, "120"),
                figure(2023, "亿元", ObservationKind.EXPECTED, "160"),
                figure(2023, "万亿元", ObservationKind.ACTUAL, "0.013"),
                figure(2024, "公里", ObservationKind.ACTUAL, "900"), figure(2026, "亿元", ObservationKind.ACTUAL, "210"));
        var spans = ProgressRule.spans(target, Direction.INCREASE, figures, units);
        for (int asOf = 2000; asOf <= 2040; asOf++) {
            int year = asOf;
            var kept = spans.stream().filter(s -> (s.from() == null || s.from() <= year)
                    && (s.to() == null || year < s.to())).toList();
            assertEquals(1, kept.size(), "one span holds " + asOf);
            assertEquals(ProgressRule.judge(target, Direction.INCREASE, figures, units, asOf).status(),
                    kept.get(0).status(), "status as of " + asOf);
        }
        assertEquals(TargetStatus.NOT_DUE, spans.get(0).status());
        assertEquals(TargetStatus.ACHIEVED, spans.get(spans.size() - 1).status());
    }

    private static Observation figure(int year, String unit, ObservationKind kind, String value) {
        return new Observation("id", "o" + year + unit + kind, null, year, null, kind, Comparison.EQ, FigureForm.LEVEL,
                new BigDecimal(value), unit, null, null, null, null, null, null, null, "gdp", "130100", null, null,
                "c", 1, FigureOrigin.DATASET);
    }
}
