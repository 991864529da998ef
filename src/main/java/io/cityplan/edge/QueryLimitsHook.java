package io.cityplan.edge;

import graphql.GraphQL;
import io.cityplan.execution.SqlExecution;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Installs the {@link QueryLimits} and the compiled execution of queries ({@link SqlExecution}) as SmallRye GraphQL
 * builds its engine, through SmallRye's eventing SPI (listed in
 * {@code META-INF/services}). A service without a configuration key is always on, and this one implements nothing
 * per field; SmallRye's CDI events ({@code quarkus.smallrye-graphql.events.enabled}) would fire an event before and
 * after every field of every request to offer the same hook.
 */
public class QueryLimitsHook implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Arc.container().instance(QueryLimits.class).get().install(builder);
        Arc.container().instance(SqlExecution.class).get().install(builder);
        return builder;
    }
}
