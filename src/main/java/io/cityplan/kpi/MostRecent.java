package io.cityplan.kpi;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.cityplan.common.InvalidArgumentException;

/**
 * Keeps the figures of the most recent years of each series, as the World Bank API's {@code mrv}: a series is one
 * indicator at one scope in one form.
 */
final class MostRecent {

    static final String DESCRIPTION = "Only the figures of the N most recent years of each series (an indicator at "
            + "one scope in one form), as the World Bank API's mrv; all years when left out.";

    private MostRecent() {
    }

    private record Series(String indicator, String region, String park, String project, FigureForm form) {

        static Series of(Observation o) {
            return new Series(o.indicatorCode(), o.regionCode(), o.parkCode(), o.projectCode(), o.form());
        }
    }

    static List<Observation> keep(List<Observation> figures, Integer years) {
        if (years == null) {
            return figures;
        }
        if (years < 1) {
            throw new InvalidArgumentException("mostRecent must be at least 1, not " + years);
        }
        var recentYears = figures.stream().collect(Collectors.groupingBy(Series::of, Collectors.mapping(
                Observation::year, Collectors.collectingAndThen(Collectors.toSet(), set -> set.stream()
                        .sorted(Comparator.reverseOrder()).limit(years).collect(Collectors.toSet())))));
        return figures.stream().filter(o -> Objects.requireNonNull(recentYears.get(Series.of(o))).contains(o.year()))
                .toList();
    }

    static List<List<Observation>> keepEach(List<List<Observation>> lists, Integer years) {
        return lists.stream().map(figures -> keep(figures, years)).toList();
    }
}
