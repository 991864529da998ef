package io.cityplan.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the pages of lists as the GraphQL Cursor Connections specification describes them. A cursor holds the list's
 * name and the item's sort key, so a page asked for {@code after} a cursor starts at the first item whose key follows
 * it, whether or not the item of the cursor still exists (keyset paging).
 */
public final class Connections {

    /** The descriptions of the arguments every connection field takes. */
    public static final String FIRST = "At most this many items (0 to 100) from the start of the window.";
    public static final String AFTER = "Only items after the one with this cursor.";
    public static final String LAST = "At most this many items (0 to 100) from the end of the window.";
    public static final String BEFORE = "Only items before the one with this cursor.";

    /** The largest page, and the page size when neither {@code first} nor {@code last} is given. */
    public static final int MAX_PAGE = 100;

    private Connections() {
    }

    /** The arguments of a connection field. */
    public record Window(Integer first, String after, Integer last, String before) {
    }

    /**
     * The page of {@code items} that the window asks for, in the shape of its type's connection.
     *
     * @param list names the kind of list, so that a cursor of another list is refused
     * @param sortKey a key unique within the list, whose order (as strings) is the list's order
     * @param connection makes the type's connection from the page
     */
    public static <T, C> C page(String list, List<T> items, Function<T, String> sortKey, Window window,
            Function<Page<T>, C> connection) {
        return connection.apply(page(list, items, sortKey, window));
    }

    /** The page of each list that the window asks for, for the lists of a batch of parents. */
    public static <T, C> List<C> pages(String list, List<List<T>> lists, Function<T, String> sortKey, Window window,
            Function<Page<T>, C> connection) {
        return lists.stream().map(items -> connection.apply(page(list, items, sortKey, window))).toList();
    }

    private static <T> Page<T> page(String list, List<T> items, Function<T, String> sortKey, Window window) {
        checkSize("first", window.first());
        checkSize("last", window.last());
        var keyed = items.stream().map(item -> Map.entry(sortKey.apply(item), item))
                .sorted(Map.Entry.comparingByKey()).toList();
        var sorted = keyed.stream().map(Map.Entry::getValue).toList();
        var keys = keyed.stream().map(Map.Entry::getKey).toList();
        int start = 0;
        int end = sorted.size();
        if (window.after() != null) {
            var after = decode(list, window.after());
            while (start < end && keys.get(start).compareTo(after) <= 0) {
                start++;
            }
        }
        if (window.before() != null) {
            var before = decode(list, window.before());
            int limit = start;
            while (limit < end && keys.get(limit).compareTo(before) < 0) {
                limit++;
            }
            end = limit;
        }
        if (window.first() != null) {
            end = Math.min(end, start + window.first());
        }
        if (window.last() != null) {
            start = Math.max(start, end - window.last());
        }
        if (window.first() == null && window.last() == null) {
            end = Math.min(end, start + MAX_PAGE);
        }
        var nodes = List.copyOf(sorted.subList(start, end));
        var cursors = keys.subList(start, end).stream().map(key -> encode(list, key)).toList();
        var info = new PageInfo(end < sorted.size(), start > 0, cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new Page<>(cursors, nodes, info, sorted.size());
    }

    /** A sort key for a number followed by a code, ordered by the number first. */
    public static String numbered(int number, String code) {
        var digits = Integer.toString(number);
        return "0".repeat(Math.max(0, 10 - digits.length())) + digits + "|" + code;
    }

    public static void checkSize(String argument, Integer size) {
        if (size != null && (size < 0 || size > MAX_PAGE)) {
            throw new InvalidArgumentException(
                    argument + " must be between 0 and " + MAX_PAGE + ", not " + size + "; page with after/before");
        }
    }

    static String encode(String list, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("cursor:" + list + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of a row of {@code list} whose sort key is the SQL text expression {@code key}, computed by
     * PostgreSQL exactly as {@link #encode} computes it (base64url without padding; PostgreSQL's base64 breaks lines).
     */
    public static Sql cursor(String list, String key) {
        return Sql.base64url("cursor:" + list + ":", key);
    }

    public static String decode(String list, String cursor) {
        var prefix = "cursor:" + list + ":";
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(prefix)) {
                return text.substring(prefix.length());
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below
        }
        throw new InvalidCursorException(cursor);
    }
}
