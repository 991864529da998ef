package io.cityplan.common;

import java.util.List;
import java.util.Map;

/**
 * The objects of a feature that have global ids, for {@link NodeGraphQLApi} and search: each feature provides one
 * resolver, with a lookup for each type name its global ids carry.
 */
public interface NodeResolver {

    /** Finds the objects of one type by the keys their global ids hold. */
    @FunctionalInterface
    interface Lookup {

        /** For each key, its object, or null when there is none: in one query. */
        List<? extends Node> find(List<String> keys);
    }

    /** The lookup of each of this feature's types, by the type name in their global ids. */
    Map<String, Lookup> lookups();
}
