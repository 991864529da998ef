package io.cityplan.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Every feature's {@link NodeResolver.Lookup}, by the type name of the global ids it resolves. */
@ApplicationScoped
public class Nodes {

    private final Map<String, NodeResolver.Lookup> lookups = new HashMap<>();

    Nodes(Instance<NodeResolver> all) {
        for (var resolver : all) {
            resolver.lookups().forEach((type, lookup) -> {
                if (lookups.put(type, lookup) != null) {
                    throw new IllegalStateException("two features resolve global ids of type " + type);
                }
            });
        }
    }

    /** The lookup of a type, or empty when no feature has objects of that type. */
    public Optional<NodeResolver.Lookup> lookup(String type) {
        return Optional.ofNullable(lookups.get(type));
    }
}
