package io.cityplan.edge;

import java.util.Collection;
import java.util.Map;

/**
 * The bounds on what one argument may hold, checked before a query is costed: at most {@value #MAX_ITEMS} list items
 * in all, counting those of nested lists, and input objects nested at most {@value #MAX_NESTING} deep.
 */
final class ArgumentSizes {

    static final int MAX_ITEMS = 100;
    static final int MAX_NESTING = 5;

    private ArgumentSizes() {
    }

    /** How many values an argument holds (each code, number, condition), refusing one that is too large. */
    static long values(String argument, Object value) {
        var items = items(argument, value, 0);
        if (items > MAX_ITEMS) {
            throw QueryLimits.abort(ClientErrors.INVALID_ARGUMENT, argument + " holds " + items
                    + " list items; an argument may hold at most " + MAX_ITEMS + ", counting those of nested lists");
        }
        return leaves(value);
    }

    /** The items of every list in a value, nested lists included. */
    private static long items(String argument, Object value, int nesting) {
        if (value instanceof Collection<?> items) {
            long count = items.size();
            for (var item : items) {
                // A null item is the field's to refuse (INVALID_ARGUMENT, that field alone): the rest still answers.
                count += items(argument, item, nesting);
            }
            return count;
        }
        if (value instanceof Map<?, ?> fields) {
            if (nesting >= MAX_NESTING) {
                throw QueryLimits.abort(ClientErrors.INVALID_ARGUMENT,
                        argument + " nests input objects more than " + MAX_NESTING + " deep");
            }
            long count = 0;
            for (var field : fields.values()) {
                count += items(argument, field, nesting + 1);
            }
            return count;
        }
        return 0;
    }

    private static long leaves(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().mapToLong(ArgumentSizes::leaves).sum();
        }
        if (value instanceof Map<?, ?> fields) {
            return fields.values().stream().mapToLong(ArgumentSizes::leaves).sum();
        }
        return value == null ? 0 : 1;
    }
}
