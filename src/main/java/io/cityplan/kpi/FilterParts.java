package io.cityplan.kpi;

import java.util.List;
import java.util.function.Function;

import io.cityplan.common.InvalidArgumentException;
import io.cityplan.common.Sql;

/**
 * What the figure filters share: their lists' null items refused, and their {@code and}, {@code or} and {@code not}.
 */
final class FilterParts {

    private FilterParts() {
    }

    static void refuseNullItems(TargetFilter f) {
        noNullItem(f.indicators(), "indicators");
        noNullItem(f.categories(), "categories");
        noNullItem(f.comparators(), "comparators");
        noNullItem(f.statuses(), "statuses");
        noNullItem(f.and(), "and");
        noNullItem(f.or(), "or");
    }

    /**
     * The schema lets a filter's lists hold null (a client building a list from its state may leave a hole), but a
     * null asks for nothing: it is refused as INVALID_ARGUMENT, an error of the field that has the filter alone.
     */
    static void noNullItem(List<?> items, String field) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidArgumentException("filter." + field + " holds a null item (at " + i + "); leave the "
                        + "list out, or the item");
            }
        }
    }

    /** Adds the conditions of a filter's {@code and}, {@code or} and {@code not}, compiled by {@code compile}. */
    static <S> void combine(List<S> and, List<S> or, S not, Function<S, Sql> compile, List<Sql> parts) {
        if (and != null) {
            and.stream().map(compile).forEach(parts::add);
        }
        if (or != null) {
            parts.add(Sql.or(or.stream().map(compile).toList()));
        }
        if (not != null) {
            parts.add(Sql.not(compile.apply(not)));
        }
    }
}
