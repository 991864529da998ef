package io.cityplan.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Every feature's {@link NodeResolver}, by the type names of the global ids it resolves. */
@ApplicationScoped
public class Nodes {

    private final Map<String, NodeResolver> resolvers = new HashMap<>();

    Nodes(Instance<NodeResolver> all) {
        for (var resolver : all) {
            resolver.nodeTypes().forEach(type -> resolvers.put(type, resolver));
        }
    }

    /** The resolver of a type, or empty when no feature has objects of that type. */
    public Optional<NodeResolver> resolver(String type) {
        return Optional.ofNullable(resolvers.get(type));
    }

    /** For each key, the node of that type with that key, or null. */
    public List<? extends Node> find(String type, List<String> keys) {
        return resolvers.get(type).nodes(type, keys);
    }
}
