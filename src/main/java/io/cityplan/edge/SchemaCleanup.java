package io.cityplan.edge;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.Directives;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.schema.model.DirectiveType;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.EventingService;

/**
 * What the schema leaves out of what SmallRye GraphQL declares, as SmallRye builds it (an eventing service, listed in
 * {@code META-INF/services}, as {@link QueryLimitsHook} is).
 * <p>
 * SmallRye GraphQL 2.17 declares the directives {@code @constraint} and {@code @rolesAllowed} in every schema
 * (SchemaBuilder.addDirectiveTypes), whether or not a field applies them, and {@code @constraint}'s {@code min} and
 * {@code max} are of a scalar {@code BigInteger} that nothing else uses: code generators then type a scalar no field
 * has. cityplan applies neither (its {@code @Code} checks arguments on the server and says so in their descriptions)
 * and declares no directive of its own, so the schema keeps graphql-java's directives only, and {@code BigInteger} goes
 * with the others. {@code SchemaCleanupTest} fails once SmallRye stops declaring them, and this class can go.
 */
public class SchemaCleanup implements EventingService {

    /** Directives SmallRye declares that cityplan never applies. */
    static final Set<String> UNUSED_DIRECTIVES = Set.of("constraint", "rolesAllowed");

    /** graphql-java's own directives, which SmallRye declares too: a schema built without them gets them back. */
    private static final Set<String> BUILT_IN = Stream.of(Directives.IncludeDirective, Directives.SkipDirective,
            Directives.DeprecatedDirective, Directives.SpecifiedByDirective, Directives.OneOfDirective,
            Directives.DeferDirective, Directives.ExperimentalDisableErrorPropagationDirective)
            .map(GraphQLDirective::getName).collect(Collectors.toSet());

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        var kept = Arc.container().instance(Schema.class).get().getDirectiveTypes().stream()
                .map(DirectiveType::getName)
                .filter(name -> !UNUSED_DIRECTIVES.contains(name) && !BUILT_IN.contains(name))
                .toList();
        if (!kept.isEmpty()) {
            throw new IllegalStateException("SchemaCleanup would drop the directives " + kept + ": list them here");
        }
        // A new builder starts with @include and @skip, which clearing drops; build() adds the other built-in ones.
        return builder.clearDirectives().additionalDirective(Directives.IncludeDirective)
                .additionalDirective(Directives.SkipDirective);
    }
}
