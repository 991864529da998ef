package io.cityplan.common;

import java.util.List;
import java.util.Set;

/** Looks up the nodes of some types by their keys, for {@link NodeGraphQLApi}. Each feature provides one. */
public interface NodeResolver {

    /** The type names, as in the global ids, that this resolves. */
    Set<String> nodeTypes();

    /** For each key of one of {@link #nodeTypes()}, its node, or null when there is none: in one query. */
    List<? extends Node> nodes(String type, List<String> keys);
}
