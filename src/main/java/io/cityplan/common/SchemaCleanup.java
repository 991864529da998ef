package io.cityplan.common;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;

/**
 * What the schema leaves out of what SmallRye GraphQL declares, as SmallRye builds it (an eventing service, listed in
 * {@code META-INF/services}, as {@link QueryLimitsHook} is).
 * <p>
 * SmallRye GraphQL 2.17 declares the directives {@code @constraint} and {@code @rolesAllowed} in every schema
 * (SchemaBuilder.addDirectiveTypes), whether or not a field applies them, and {@code @constraint}'s {@code min} and
 * {@code max} are of a scalar {@code BigInteger} that nothing else uses: code generators then type a scalar no field
 * has. cityplan applies neither (its {@code @Code} checks arguments on the server and says so in their descriptions),
 * so they are left out, and {@code BigInteger} with them; {@code SchemaCleanupTest} fails once SmallRye stops declaring
 * them, and this class can go.
 */
public class SchemaCleanup implements EventingService {

    /** Directives SmallRye declares that cityplan never applies. */
    static final Set<String> UNUSED_DIRECTIVES = Set.of("constraint", "rolesAllowed");

    /** The directives left out when the schema was built: what {@code SchemaCleanupTest} watches. */
    private static volatile List<String> removed = List.of();

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        var schema = builder.build();
        removed = schema.getDirectives().stream().map(GraphQLDirective::getName).filter(UNUSED_DIRECTIVES::contains)
                .sorted().toList();
        return GraphQLSchema.newSchema(schema).clearDirectives().additionalDirectives(schema.getDirectives().stream()
                .filter(d -> !UNUSED_DIRECTIVES.contains(d.getName())).collect(Collectors.toSet()));
    }

    /** The directives the last schema built went without. */
    static List<String> removed() {
        return removed;
    }
}
