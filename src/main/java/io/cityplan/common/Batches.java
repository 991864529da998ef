package io.cityplan.common;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lines up the rows of one batched query with the parents that asked for them, as {@code @Source List<...>} fields
 * must answer: one entry per parent, in the parents' order.
 */
public final class Batches {

    private Batches() {
    }

    /** For each key, the one value with that key, or null when there is none (or the key is null). */
    public static <K, V> List<V> one(List<K> keys, Collection<V> values, Function<V, K> keyOf) {
        Map<K, V> byKey = values.stream().collect(Collectors.toMap(keyOf, Function.identity(), (a, b) -> a));
        return keys.stream().map(k -> k == null ? null : byKey.get(k)).toList();
    }

    /** For each key, the values with that key, in the order given. */
    public static <K, V> List<List<V>> many(List<K> keys, Collection<V> values, Function<V, K> keyOf) {
        return groupsOf(keys, groups(values, keyOf));
    }

    /** The values grouped by their keys, each group in the order given; neither the map nor a group can change. */
    public static <K, V> Map<K, List<V>> groups(Collection<V> values, Function<V, K> keyOf) {
        return Collections.unmodifiableMap(values.stream().collect(
                Collectors.groupingBy(keyOf, LinkedHashMap::new, Collectors.toUnmodifiableList())));
    }

    /** For each key, its group in {@code groups}, or an empty list when there is none. */
    public static <K, V> List<List<V>> groupsOf(List<K> keys, Map<K, List<V>> groups) {
        return keys.stream().map(k -> groups.getOrDefault(k, List.of())).toList();
    }

    /**
     * For each list of keys, the values with those keys, in the values' order; keys without a value, and null values,
     * are skipped.
     */
    public static <K, V> List<List<V>> each(List<List<K>> keyLists, Collection<V> values, Function<V, K> keyOf) {
        return keyLists.stream()
                .map(keys -> values.stream().filter(v -> v != null && keys.contains(keyOf.apply(v))).toList())
                .toList();
    }

    /** The values by their keys, in the order given; of equal keys the first is kept. The map cannot change. */
    public static <K, V> Map<K, V> byKey(Collection<V> values, Function<V, K> keyOf) {
        return Collections.unmodifiableMap(values.stream()
                .collect(Collectors.toMap(keyOf, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    /** For each key, its value in {@code byKey}, or null when there is none (or the key is null). */
    public static <K, V> List<V> lookup(List<K> keys, Map<K, V> byKey) {
        return keys.stream().map(k -> k == null ? null : byKey.get(k)).toList();
    }
}
