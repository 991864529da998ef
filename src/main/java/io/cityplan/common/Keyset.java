package io.cityplan.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;

import io.cityplan.common.Connections.Window;

/**
 * Pages of a list that PostgreSQL orders, bounds and limits (keyset paging): a page reads at most its size plus one
 * row, and one more to tell whether items precede a cursor. A cursor holds the list's name and the values of the
 * order's columns for its item, so it keeps its place when items come or go, and a cursor of another list or order is
 * refused.
 *
 * @param list names the list and its order; cursors carry it
 * @param keys the order's columns, most significant first; together unique within the list
 */
public record Keyset<T>(String list, List<Key<T>> keys) {

    /**
     * A column of the order.
     *
     * @param column the SQL expression; text columns carry {@code COLLATE "C"}, so that PostgreSQL orders them as Java
     *        does, whatever the database's collation
     * @param value the item's value of the column: an Integer or a String
     */
    public record Key<T>(String column, boolean descending, Function<T, Object> value) {

        boolean text() {
            return column.endsWith("COLLATE \"C\"");
        }
    }

    private static final String SEPARATOR = "\u001f";

    /** The page the window asks for; {@code withTotal} counts the whole list with one more statement. */
    public Page<T> page(EntityManager em, RowSource<T> relation, Window window, boolean withTotal) {
        return page(em, relation, window, withTotal ? count(em, relation) : -1);
    }

    /** The page the window asks for, of a list of {@code total} items (-1 when not counted). */
    public Page<T> page(EntityManager em, RowSource<T> relation, Window window, int total) {
        var plan = new Plan(window);
        var rows = plan.select(relation, relation.where()).rows(em);
        var items = new ArrayList<Side<T>>();
        rows.forEach(r -> items
                .add(new Side<>(((Number) r[0]).intValue(), relation.row().apply(Arrays.copyOfRange(r, 1, r.length)))));
        return plan.page(items, total);
    }

    /**
     * The page of each parent's list, for the lists of a batch of parents, in one statement (and one more to count,
     * when {@code withTotal}).
     *
     * @param parentColumn the column that holds the parent's key, as {@code relationFor}'s relation names it
     * @param relationFor the relation of the rows that pass a condition on the parent column
     */
    public List<Page<T>> pages(EntityManager em, String parentColumn, List<String> parentKeys,
            Function<Sql, RowSource<T>> relationFor, Window window, boolean withTotal) {
        var plan = new Plan(window);
        var distinct = parentKeys.stream().distinct().toList();
        var relation = relationFor.apply(Sql.of(parentColumn + " = p.key"));
        var sql = Sql.of("SELECT p.key, x.* FROM unnest(CAST(? AS text[])) AS p(key) CROSS JOIN LATERAL (",
                Sql.textArray(distinct)).append(plan.select(relation, relation.where()), Sql.of(") x"));
        var byParent = new HashMap<String, List<Side<T>>>();
        for (var r : sql.rows(em)) {
            byParent.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new Side<>(((Number) r[1]).intValue(),
                            relation.row().apply(Arrays.copyOfRange(r, 2, r.length))));
        }
        var totals = withTotal ? counts(em, parentColumn, relationFor.apply(Sql.anyOf(parentColumn, distinct)))
                : Map.<String, Integer> of();
        return parentKeys.stream().map(k -> plan.page(byParent.getOrDefault(k, List.of()),
                withTotal ? totals.getOrDefault(k, 0) : -1)).toList();
    }

    private static int count(EntityManager em, RowSource<?> relation) {
        var rows = relation.count("SELECT count(*), 0", "").rows(em);
        return ((Number) rows.get(0)[0]).intValue();
    }

    private static Map<String, Integer> counts(EntityManager em, String parentColumn, RowSource<?> relation) {
        var rows = relation.count("SELECT " + parentColumn + ", count(*)", " GROUP BY 1").rows(em);
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue()));
    }

    /** A row of the page (side 0), or the row beyond the far side of the cursor that says items lie there (1). */
    private record Side<T>(int side, T item) {
    }

    /**
     * How a window reads: forward from {@code after}, or backward from {@code before} when only {@code last} is given.
     */
    private final class Plan {

        private final Window window;
        private final boolean backward;
        private final int limit;
        private final List<Object> after;
        private final List<Object> before;

        Plan(Window window) {
            Connections.checkSize("first", window.first());
            Connections.checkSize("last", window.last());
            this.window = window;
            this.backward = window.first() == null && window.last() != null;
            this.limit = backward ? window.last() : window.first() == null ? Connections.MAX_PAGE : window.first();
            this.after = window.after() == null ? null : decode(window.after());
            this.before = window.before() == null ? null : decode(window.before());
        }

        /** The page's rows (side 0) and, where a cursor starts the read, one row on its far side (side 1). */
        Sql select(RowSource<T> relation, Sql where) {
            var bounds = new ArrayList<>(List.of(where));
            if (after != null) {
                bounds.add(beyond(after, false, false));
            }
            if (before != null) {
                bounds.add(beyond(before, true, false));
            }
            var page = relation.select("(SELECT 0 AS side, " + relation.columns(), Sql.and(bounds),
                    " ORDER BY " + order(backward) + " LIMIT " + (limit + 1) + ")");
            var start = backward ? before : after;
            if (start == null) {
                return page;
            }
            var farSide = relation.select("(SELECT 1, " + relation.columns(),
                    Sql.and(List.of(where, beyond(start, !backward, true))),
                    " ORDER BY " + order(!backward) + " LIMIT 1)");
            return page.append(Sql.of(" UNION ALL "), farSide);
        }

        Page<T> page(List<Side<T>> rows, int total) {
            var order = comparator();
            var items = rows.stream().filter(s -> s.side() == 0).map(Side::item).sorted(order).toList();
            boolean farSide = rows.stream().anyMatch(s -> s.side() == 1);
            boolean overflow = items.size() > limit;
            if (overflow) {
                items = backward ? items.subList(1, items.size()) : items.subList(0, limit);
            }
            boolean trimmed = false;
            if (!backward && window.last() != null && window.last() < items.size()) {
                items = items.subList(items.size() - window.last(), items.size());
                trimmed = true;
            }
            var cursors = items.stream().map(this::encode).toList();
            var info = new PageInfo(backward ? farSide : overflow, backward ? overflow : farSide || trimmed,
                    cursors.isEmpty() ? null : cursors.get(0),
                    cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
            return new Page<>(cursors, List.copyOf(items), info, total);
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        private Comparator<T> comparator() {
            Comparator<T> order = (a, b) -> 0;
            for (var key : keys) {
                Comparator<T> one = Comparator.comparing(t -> (Comparable) key.value().apply(t));
                order = order.thenComparing(key.descending() ? one.reversed() : one);
            }
            return order;
        }

        private String encode(T item) {
            var values = keys.stream().map(k -> String.valueOf(k.value().apply(item)))
                    .collect(Collectors.joining(SEPARATOR));
            return Connections.encode(list, values);
        }
    }

    /**
     * Rows past the cursor's item in the list's order ({@code ahead}: ahead of it), and the item itself when
     * {@code inclusive}. The first column also bounds the rows on its own, so that an index on the order's columns
     * starts at the cursor instead of filtering its way there.
     */
    public Sql beyond(List<Object> at, boolean ahead, boolean inclusive) {
        boolean sameDirection = keys.stream().allMatch(k -> k.descending() == keys.get(0).descending());
        if (sameDirection) {
            boolean greater = keys.get(0).descending() == ahead;
            var columns = keys.stream().map(Key::column).collect(Collectors.joining(", ", "(", ")"));
            var values = keys.stream().map(Keyset::placeholder).collect(Collectors.joining(", ", "(", ")"));
            return new Sql(columns + (greater ? " >" : " <") + (inclusive ? "= " : " ") + values, at);
        }
        var alternatives = new ArrayList<Sql>();
        for (int i = 0; i <= keys.size(); i++) {
            if (i == keys.size() && !inclusive) {
                break;
            }
            var parts = new ArrayList<Sql>();
            for (int j = 0; j < i; j++) {
                parts.add(new Sql(keys.get(j).column() + " = " + placeholder(keys.get(j)), List.of(at.get(j))));
            }
            if (i < keys.size()) {
                boolean greater = keys.get(i).descending() == ahead;
                parts.add(new Sql(keys.get(i).column() + (greater ? " > " : " < ") + placeholder(keys.get(i)),
                        List.of(at.get(i))));
            }
            alternatives.add(Sql.and(parts));
        }
        var first = keys.get(0);
        boolean greater = first.descending() == ahead;
        var lead = new Sql(first.column() + (greater ? " >= " : " <= ") + placeholder(first), List.of(at.get(0)));
        return Sql.and(List.of(lead, Sql.or(alternatives)));
    }

    /** The same order over another alias of its table: a column that starts {@code from.} reads {@code to.}. */
    public Keyset<T> aliased(String from, String to) {
        return new Keyset<>(list, keys.stream().map(k -> new Key<T>(
                k.column().startsWith(from + ".") ? to + k.column().substring(from.length()) : k.column(),
                k.descending(), k.value())).toList());
    }

    /** The cursor of a row, computed by PostgreSQL as {@link Plan} encodes it in Java. */
    public Sql cursor() {
        var values = keys.stream().map(k -> k.text() ? k.column().replace(" COLLATE \"C\"", "") : k.column() + "::text")
                .collect(Collectors.joining(", "));
        return Connections.cursor(list, "concat_ws(chr(31), " + values + ")");
    }

    /** The ORDER BY list of the order, or of its reverse. */
    public String order(boolean reversed) {
        return keys.stream().map(k -> k.column() + (k.descending() != reversed ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
    }

    /** The values of the order's columns that a cursor of this list holds; refuses a cursor of another list. */
    public List<Object> decode(String cursor) {
        var parts = Connections.decode(list, cursor).split(SEPARATOR, -1);
        if (parts.length != keys.size()) {
            throw new InvalidCursorException(cursor);
        }
        try {
            return IntStream.range(0, parts.length)
                    .mapToObj(i -> keys.get(i).text() ? (Object) parts[i] : Integer.valueOf(parts[i])).toList();
        } catch (NumberFormatException notANumber) {
            throw new InvalidCursorException(cursor);
        }
    }

    private static String placeholder(Key<?> key) {
        return key.text() ? "CAST(? AS text) COLLATE \"C\"" : "?";
    }
}
