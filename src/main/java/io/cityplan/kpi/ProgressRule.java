package io.cityplan.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Judges a target against the figures reported for it, by the rules {@link TargetStatus} describes. Only figures
 * that measure what the target does count (a TOTAL only when summed from the target's first year), and of those only
 * figures reported as achieved (ACTUAL) judge it; an expected or estimated one (预计, 有望) that no actual figure has
 * overtaken gives its outlook instead.
 */
final class ProgressRule {

    /**
     * The version of these rules. Statuses kept by another version are judged again at start-up
     * ({@link TargetStatuses}): raise it with every change to what a status comes out as.
     */
    static final int VERSION = 3;

    /** How close to the value an ≈ target counts as met: 5% of it. */
    static final BigDecimal APPROX_TOLERANCE = new BigDecimal("0.05");
    private static final MathContext SHARE = new MathContext(4, RoundingMode.HALF_EVEN);
    /**
     * Latest year first; within a year a figure for the whole year before one for part of it, and (for the outlook) an
     * estimate before an expected figure.
     */
    private static final Comparator<Reading> LATEST_FIRST = Comparator.comparingInt(Reading::year).reversed()
            .thenComparing(r -> r.observation().periodZh() != null)
            .thenComparing(r -> r.observation().kind() == ObservationKind.EXPECTED);

    /** A figure reported for the target's indicator, scope and form, with its value in the target's unit. */
    record Reading(Observation observation, BigDecimal value) {

        int year() {
            return observation.year();
        }
    }

    /** A target's status over a span of as-of years: {@code from} included, {@code to} excluded; null is open. */
    record StatusSpan(Integer from, Integer to, TargetStatus status) {
    }

    private ProgressRule() {
    }

    /**
     * Judges a target against the figures of its series: those that convert into the target's unit are read in it;
     * the indicator's direction, turned round for a DECREASE, says which way is better.
     */
    static TargetProgress judge(Target target, Direction direction, List<Observation> figures, Units units,
            int asOf) {
        return judge(target, betterHigher(target, direction), readings(target, figures, units), asOf);
    }

    /**
     * The target's status for every as-of year, as spans over which it stays the same. It can change only in a year
     * some figure is for (the figure becomes known) and in the target year (NOT_DUE turns into NO_DATA), so the rule
     * is applied once per such year and once before the first.
     */
    static List<StatusSpan> spans(Target target, Direction direction, List<Observation> figures, Units units) {
        boolean betterHigher = betterHigher(target, direction);
        var readings = readings(target, figures, units);
        var years = new TreeSet<Integer>();
        readings.forEach(r -> years.add(r.year()));
        years.add(target.targetYear());
        var spans = new ArrayList<StatusSpan>();
        Integer from = null;
        var status = judge(target, betterHigher, readings, years.first() - 1).status();
        for (int year : years) {
            var next = judge(target, betterHigher, readings, year).status();
            if (next != status) {
                spans.add(new StatusSpan(from, year, status));
                from = year;
                status = next;
            }
        }
        spans.add(new StatusSpan(from, null, status));
        return spans;
    }

    private static boolean betterHigher(Target target, Direction direction) {
        return (direction == Direction.INCREASE) != (target.form() == FigureForm.DECREASE);
    }

    private static List<Reading> readings(Target target, List<Observation> figures, Units units) {
        return figures.stream().flatMap(o -> units.convert(o.value(), o.unit(), target.unit())
                .map(value -> new Reading(o, value)).stream()).toList();
    }

    /**
     * @param betterHigher whether a higher target value is better: the indicator's direction, turned round for a
     *        DECREASE
     */
    static TargetProgress judge(Target target, boolean betterHigher, List<Reading> readings, int asOf) {
        var known = readings.stream().filter(r -> r.year() <= asOf && measures(target, r) && achieved(r))
                .sorted(LATEST_FIRST).toList();
        var latest = known.stream().findFirst();
        var baseline = baseline(target, known);
        BigDecimal share = null;
        BigDecimal expected = null;
        if (latest.isPresent() && baseline.isPresent()
                && baseline.get().value().compareTo(target.value()) != 0
                && baseline.get().year() < target.targetYear()) {
            share = latest.get().value().subtract(baseline.get().value())
                    .divide(target.value().subtract(baseline.get().value()), SHARE);
            expected = BigDecimal.valueOf(latest.get().year() - baseline.get().year())
                    .divide(BigDecimal.valueOf(target.targetYear() - baseline.get().year()), SHARE);
        }
        var status = status(target, betterHigher, latest, share, expected, asOf);
        return new TargetProgress(status, asOf, latest.map(Reading::observation).orElse(null),
                latest.map(Reading::value).orElse(null), baseline.map(Point::value).orElse(null),
                baseline.map(Point::year).orElse(null), share, expected,
                outlook(target, betterHigher, readings, latest, asOf));
    }

    /** Whether a figure was reported as achieved, not expected or estimated. */
    private static boolean achieved(Reading reading) {
        return reading.observation().kind() == ObservationKind.ACTUAL;
    }

    /**
     * Whether a figure of the target's series measures what the target does: a TOTAL only when summed over years
     * from the target's first year (1100亩 transferred 去年至今 says nothing of 1000亩 more to transfer this year).
     */
    static boolean measures(Target target, Reading reading) {
        return target.form() != FigureForm.TOTAL
                || Objects.equals(reading.observation().startYear(), target.startYear());
    }

    /**
     * The latest expected or estimated figure up to {@code asOf} of a later year than the latest actual one, and
     * whether it would meet the target; null when there is none.
     */
    private static TargetOutlook outlook(Target target, boolean betterHigher, List<Reading> readings,
            Optional<Reading> latest, int asOf) {
        int after = latest.map(Reading::year).orElse(Integer.MIN_VALUE);
        return readings.stream()
                .filter(r -> measures(target, r) && !achieved(r) && r.year() <= asOf && r.year() > after)
                .sorted(LATEST_FIRST).findFirst()
                .map(r -> new TargetOutlook(r.observation(), r.value(), meets(target, betterHigher, r.value())))
                .orElse(null);
    }

    private record Point(int year, BigDecimal value) {
    }

    private static Optional<Point> baseline(Target target, List<Reading> known) {
        if (target.baselineValue() != null && target.baselineYear() != null) {
            return Optional.of(new Point(target.baselineYear(), target.baselineValue()));
        }
        if (target.baselineYear() == null) {
            return Optional.empty();
        }
        return known.stream().filter(r -> r.year() == target.baselineYear()).findFirst()
                .map(r -> new Point(r.year(), r.value()));
    }

    private static TargetStatus status(Target target, boolean betterHigher, Optional<Reading> latest,
            BigDecimal share, BigDecimal expected, int asOf) {
        if (latest.isPresent() && meets(target, betterHigher, latest.get().value())) {
            return TargetStatus.ACHIEVED;
        }
        if (latest.isPresent() && latest.get().year() >= target.targetYear()
                && latest.get().observation().periodZh() == null) {
            return TargetStatus.OFF_TRACK;
        }
        if (share != null) {
            if (share.compareTo(expected) >= 0) {
                return TargetStatus.ON_TRACK;
            }
            return share.multiply(BigDecimal.valueOf(2)).compareTo(expected) >= 0 ? TargetStatus.AT_RISK
                    : TargetStatus.OFF_TRACK;
        }
        return asOf < target.targetYear() ? TargetStatus.NOT_DUE : TargetStatus.NO_DATA;
    }

    static boolean meets(Target target, boolean betterHigher, BigDecimal value) {
        int against = value.compareTo(target.value());
        boolean pastInBetterDirection = betterHigher ? against >= 0 : against <= 0;
        return switch (target.comparator()) {
            case GTE -> against >= 0;
            case LTE -> against <= 0;
            case EQ -> pastInBetterDirection;
            case APPROX -> pastInBetterDirection || value.subtract(target.value()).abs()
                    .compareTo(target.value().abs().multiply(APPROX_TOLERANCE)) <= 0;
        };
    }
}
