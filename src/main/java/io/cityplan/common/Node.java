package io.cityplan.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Every object with a global id; {@code node(id:)} and {@code nodes(ids:)} fetch any of them again. */
@Interface
@Name("Node")
@Description("An object with an opaque global id, which `node(id:)` and `nodes(ids:)` resolve.")
public interface Node {

    /** The global id; records implement it with their {@code id} component. */
    String id();

    /** The {@code id} field as SmallRye GraphQL reads an interface's fields: from getters. */
    @Id
    @NonNull
    @Name("id")
    @Description("Opaque global id.")
    default String getId() {
        return id();
    }
}
