package io.cityplan.common;

import java.util.List;

/**
 * An object that {@code search} can find, with the texts it is found by. Each feature lists its own through a
 * {@link Searchable.Source}.
 *
 * @param kind the kind of object, as the search's {@code kinds} argument names it (REGION, TASK, ...)
 * @param key a key unique within the kind, which orders ties
 */
public record Searchable(Node node, String kind, String key, List<Field> fields) {

    /**
     * A text the object is found by.
     *
     * @param name the field's name in the schema, e.g. nameZh
     * @param weight how much a match in it counts: 1 for names and titles, less for summaries and codes
     */
    public record Field(String name, String text, double weight) {
    }

    /** Lists a feature's searchable objects, in as few queries as it can. */
    public interface Source {

        List<Searchable> searchables();
    }
}
