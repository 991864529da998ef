package io.cityplan.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Global object identification: any object with a global id, fetched again by that id. */
@GraphQLApi
public class NodeGraphQLApi {

    private final Nodes nodes;

    NodeGraphQLApi(Nodes nodes) {
        this.nodes = nodes;
    }

    @Query
    @Description("The object with this global id, or null when there is none. An id that is not one of this API's "
            + "is an INVALID_ID error.")
    public Node node(
            @NonNull @Id @Name("id") @Description("A global id, as an object's `id` field gives it.") String id) {
        return resolve(List.of(id)).get(0);
    }

    // Typed [String!]!, not [ID!]!: SmallRye GraphQL 2.17 types @Id List<String> as [ID!]! but cannot read its values
    // (IdListArgumentTest fails once it can).
    @Query
    @NonNull
    @Description("The objects with these global ids (at most 100), in the order given: null for an id that names no "
            + "object. Ids of one type are fetched together.")
    public List<Node> nodes(
            @NonNull @Name("ids") @Description("Global ids, as objects' `id` fields give them. Typed String: "
                    + "SmallRye GraphQL 2.17 cannot read a list of ID arguments.") List<@NonNull String> ids) {
        return resolve(ids); // at most 100: QueryCost bounds every list argument before anything runs
    }

    private List<Node> resolve(List<String> ids) {
        var parsed = new ArrayList<GlobalId.Parsed>();
        Map<String, List<String>> keysByType = new LinkedHashMap<>();
        for (var id : ids) {
            var p = GlobalId.parse(id).filter(g -> nodes.lookup(g.type()).isPresent())
                    .orElseThrow(() -> new InvalidIdException(id));
            parsed.add(p);
            keysByType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p.key());
        }
        Map<GlobalId.Parsed, Node> found = new HashMap<>();
        keysByType.forEach((type, keys) -> {
            var distinct = keys.stream().distinct().toList();
            var of = nodes.lookup(type).orElseThrow().find(distinct);
            for (int i = 0; i < distinct.size(); i++) {
                if (of.get(i) != null) {
                    found.put(new GlobalId.Parsed(type, distinct.get(i)), of.get(i));
                }
            }
        });
        return parsed.stream().map(found::get).toList();
    }
}
