package io.cityplan.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.InvalidArgumentException;
import io.cityplan.common.Keyset;
import io.cityplan.common.Keyset.Key;
import io.cityplan.common.RowCount;
import io.cityplan.common.RowSource;
import io.cityplan.common.Sql;

/** Where lists of targets and reported figures are read from, and the orders they are paged in. */
final class FigureLists {

    static final String MOST_RECENT = "Only the figures of the N most recent years of each series (an indicator at "
            + "one scope in one form), as the World Bank API's mrv; all years when left out.";

    /** The figures counted in the rows of table series_year (alias o) that a statement reads. */
    static final String SERIES_YEAR_COUNT = "coalesce(sum(o.figures), 0)";

    private static final Key<Target> TARGET_YEAR = new Key<>("t.target_year", false, Target::targetYear);
    private static final Key<Target> TARGET_CODE = new Key<>("t.code COLLATE \"C\"", false, Target::code);
    private static final Key<Observation> YEAR = new Key<>("o.year", false, Observation::year);
    private static final Key<Observation> OBSERVATION_CODE = new Key<>("o.code COLLATE \"C\"", false,
            Observation::code);

    /** The order of a relationship's targets: by target year, then code. */
    static final Keyset<Target> TARGETS = new Keyset<>("Target", List.of(TARGET_YEAR, TARGET_CODE));
    /** The order of a relationship's figures: by year, then code. */
    static final Keyset<Observation> OBSERVATIONS = new Keyset<>("Observation", List.of(YEAR, OBSERVATION_CODE));

    private FigureLists() {
    }

    /** Targets in the order asked for; each column counts once, and the code ends the order. */
    static Keyset<Target> targetOrder(List<TargetOrder> orderBy) {
        return order("Target", orderBy, o -> switch (o) {
            case TARGET_YEAR_ASC, TARGET_YEAR_DESC -> TARGET_YEAR;
            case INDICATOR_ASC, INDICATOR_DESC -> new Key<Target>("t.indicator_code COLLATE \"C\"", false,
                    Target::indicatorCode);
            case CODE_ASC, CODE_DESC -> TARGET_CODE;
        }, o -> o.name().endsWith("_DESC"), TARGET_CODE);
    }

    /** Figures in the order asked for; each column counts once, and the code ends the order. */
    static Keyset<Observation> observationOrder(List<ObservationOrder> orderBy) {
        return order("Observation", orderBy, o -> switch (o) {
            case YEAR_ASC, YEAR_DESC -> YEAR;
            case INDICATOR_ASC, INDICATOR_DESC -> new Key<Observation>("o.indicator_code COLLATE \"C\"", false,
                    Observation::indicatorCode);
            case CODE_ASC, CODE_DESC -> OBSERVATION_CODE;
        }, o -> o.name().endsWith("_DESC"), OBSERVATION_CODE);
    }

    private static <O, T> Keyset<T> order(String list, List<O> orderBy, Function<O, Key<T>> column,
            Predicate<O> descending, Key<T> code) {
        var order = new ArrayList<O>();
        var keys = new ArrayList<Key<T>>();
        for (var o : orderBy) {
            var key = column.apply(o);
            if (keys.stream().noneMatch(k -> k.column().equals(key.column()))) {
                keys.add(new Key<>(key.column(), descending.test(o), key.value()));
                order.add(o);
            }
        }
        if (keys.stream().noneMatch(k -> k.column().equals(code.column()))) {
            keys.add(code);
        }
        return new Keyset<>(list + order, keys);
    }

    /**
     * Whether a counted list is read more cheaply by its filter first ({@link #targetsFilteredFirst}) than by walking
     * the order's index. PostgreSQL pages a list by walking the index of its order and filtering as it goes: about
     * page × table rows ÷ list rows rows read, at random, before the page is full, which is a few more than the page
     * when the filter keeps much of the table, and thousands when it keeps few rows scattered along the order (the
     * figures of one district in one year, by indicator). Reading the list by the filter's own indexes reads each of
     * its rows once, and sorts them; it is chosen when that is at most a quarter of the rows the walk would read.
     * Measured at 1M figures: the walk read 23,425 rows for one page of 4,027 (82 ms), the filter first 19 ms.
     */
    static boolean fewEnoughToReadFirst(RowCount count, Window window) {
        int page = window.first() != null ? window.first()
                : window.last() != null ? window.last() : Connections.MAX_PAGE;
        return count.fewEnoughToReadFirst(page);
    }

    /** The targets that pass {@code where} (over alias t), with what they refer to. */
    static RowSource<Target> targets(Sql where, References references) {
        return new RowSource<>(Target.COLUMNS, Sql.of("target t"), Target.CITATION, where,
                r -> Target.of(r, references));
    }

    /**
     * The same targets as {@link #targets}, found by the filter before they are ordered ({@link
     * #fewEnoughToReadFirst}); OFFSET 0 keeps PostgreSQL from turning the read back into the walk of the order's index.
     */
    static RowSource<Target> targetsFilteredFirst(Sql where, References references) {
        return filteredFirst("target t", Target.CITATION, Target.COLUMNS, where, r -> Target.of(r, references));
    }

    /** The same figures as {@link #observations} without mostRecent, found by the filter first. */
    static RowSource<Observation> observationsFilteredFirst(Sql where, References references) {
        return filteredFirst("observation o", Observation.CITATION, Observation.COLUMNS, where,
                r -> Observation.of(r, references));
    }

    /** The rows of {@code table} ("name alias") that pass {@code where}, read before they are joined and ordered. */
    private static <T> RowSource<T> filteredFirst(String table, String join, String columns, Sql where,
            Function<Object[], T> row) {
        var alias = table.substring(table.indexOf(' ') + 1);
        return new RowSource<>(columns, Sql.of("(SELECT " + alias + ".* FROM " + table + " WHERE ").append(where,
                Sql.of(" OFFSET 0) " + alias)), join, Sql.TRUE, row);
    }

    /**
     * How many figures {@link #observations} keeps, with or without {@code mostRecent}, over a condition that asks
     * only for what a row of table series_year holds ({@link FigureFilters#bySeriesYear}; for {@code mostRecent}, one
     * that keeps whole series): the sum of the figures counted per series and year in the view's rows that pass, with
     * PostgreSQL's estimate of the rows of table observation. The view follows the figures in the transaction that
     * changes them ({@link TargetStatuses}), and a scope and year filter reads it by index (migration V19): a few
     * hundred of its rows rather than thousands of figures.
     */
    static Sql seriesYearCount(Sql where, Integer mostRecent) {
        return Sql.of("SELECT " + SERIES_YEAR_COUNT + ", " + RowCount.tableRows("observation") + " FROM series_year o "
                + "WHERE ").append(mostRecent == null ? where
                        : Sql.and(List.of(
                                Sql.of("o.recency <= ?", mostRecent), where)));
    }

    /**
     * The figures that pass {@code where} (over alias o); with {@code mostRecent}, only those of the most recent years
     * of their series among them. Where {@code wholeSeries} (the condition keeps every figure of a series or none: it
     * asks only for scopes and indicators), the years kept are read from table series_year (migration V10). Otherwise
     * PostgreSQL ranks the years of each series in a window over the series columns alone, which an index holds
     * (observation_scope_idx for a scope filter). Either way whole rows are read only for the years kept.
     */
    static RowSource<Observation> observations(Sql where, Integer mostRecent, boolean wholeSeries,
            References references) {
        if (mostRecent == null) {
            return new RowSource<>(Observation.COLUMNS, Sql.of("observation o"), Observation.CITATION, where,
                    r -> Observation.of(r, references));
        }
        if (mostRecent < 1) {
            throw new InvalidArgumentException("mostRecent must be at least 1, not " + mostRecent);
        }
        var years = wholeSeries
                ? Sql.of(
                        "SELECT o.scope, o.indicator_code, o.form, o.year FROM series_year o WHERE o.recency <= ? AND ",
                        mostRecent).append(where)
                : Sql.of("""
                        SELECT o.scope, o.indicator_code, o.form, o.year FROM (
                            SELECT o.scope, o.indicator_code, o.form, o.year, dense_rank() OVER (
                                PARTITION BY o.scope, o.indicator_code, o.form ORDER BY o.year DESC) AS recency
                            FROM observation o WHERE\s""").append(where,
                        Sql.of(") o WHERE o.recency <= ? GROUP BY 1, 2, 3, 4", mostRecent));
        // Each year's figures by index: OFFSET 0 keeps PostgreSQL from turning the lookups into one scan of every
        // figure in scope.
        var kept = Sql.of("(SELECT f.* FROM (").append(years, Sql.of("""
                ) k CROSS JOIN LATERAL (SELECT * FROM observation f
                    WHERE f.indicator_code = k.indicator_code AND f.scope = k.scope AND f.form = k.form
                    AND f.year = k.year OFFSET 0) f) o"""));
        return new RowSource<>(Observation.COLUMNS, kept, Observation.CITATION, where,
                r -> Observation.of(r, references));
    }
}
