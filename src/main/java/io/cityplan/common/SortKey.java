package io.cityplan.common;

/**
 * Builds a string whose natural order is a list's order, so that a cursor can hold it: numbers at a fixed width,
 * text ended by a mark below every character, and descending parts complemented.
 */
public final class SortKey {

    private static final long WIDTH = 10_000_000_000L;
    private final StringBuilder key = new StringBuilder();

    public SortKey text(String value, boolean descending) {
        value.chars().forEach(c -> key.append(descending ? (char) (Character.MAX_VALUE - c) : (char) c));
        key.append(descending ? Character.MAX_VALUE : Character.MIN_VALUE);
        return this;
    }

    public SortKey number(int value, boolean descending) {
        long shifted = (long) value + Integer.MAX_VALUE + 1;
        key.append(String.format("%010d", descending ? WIDTH - 1 - shifted : shifted));
        return this;
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
