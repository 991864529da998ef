package io.cityplan.common;

import java.util.function.Supplier;

/**
 * A table that changes only with the dataset, served from memory. The owner reads it again when the dataset is in
 * place ({@link DatasetLoaded}), so that no request pays for the read and statement counts stay the same from the first
 * request on. Tables that grow between releases (targets, observations, citations)
 * are never cached: PostgreSQL pages and filters them.
 */
public final class Cached<T> {

    private final Supplier<T> load;
    private volatile T value;

    public Cached(Supplier<T> load) {
        this.load = load;
    }

    public T get() {
        var current = value;
        if (current == null) {
            current = load.get();
            value = current;
        }
        return current;
    }

    /** Reads the table again now. */
    public void refresh() {
        value = load.get();
    }
}
