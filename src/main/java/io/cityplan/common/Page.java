package io.cityplan.common;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * One page of a list, before it takes the shape of its type's connection ({@code TargetConnection} and the like).
 *
 * @param cursors the cursor of each node
 */
public record Page<T>(List<String> cursors, List<T> nodes, PageInfo pageInfo, int totalCount) {

    /** The page's edges, made by {@code edge} from each cursor and node. */
    public <E> List<E> edges(BiFunction<String, T, E> edge) {
        return IntStream.range(0, nodes.size()).mapToObj(i -> edge.apply(cursors.get(i), nodes.get(i)))
                .toList();
    }
}
