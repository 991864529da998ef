package io.cityplan.edge;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every field that the API's own code resolves (the operations of the GraphQL APIs and their {@code @Source}
 * fields) as SmallRye GraphQL's metrics do: Prometheus' {@code mp_graphql_seconds}, labelled with the field's name,
 * {@code source} (whether it is a field of a type rather than a root operation) and the operation's type.
 * <p>
 * Works around SmallRye GraphQL 2.17 (Quarkus 3.34): with {@code quarkus.smallrye-graphql.nonblocking.enabled=false},
 * which runs requests on worker threads, its data fetchers take the path that records no metric
 * ({@code QuarkusDefaultDataFetcher} starts its timer only where it hands a call to a worker thread), so
 * {@code quarkus.smallrye-graphql.metrics.enabled} records nothing. {@code ObservabilityTest} fails, counting every
 * call twice, once SmallRye records them again; then delete this class.
 */
final class FieldTimers extends SimplePerformantInstrumentation {

    private final MeterRegistry registry;
    /**
     * The timer of each field and operation type, looked up once: a field fetched for every item of a page is timed
     * as often. A field definition belongs to one type, so it tells a root operation from a type's field.
     */
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    private record Key(GraphQLFieldDefinition field, OperationDefinition.Operation operation) {
    }

    FieldTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters field,
            InstrumentationState state) {
        if (field.isTrivialDataFetcher()) {
            return fetcher;
        }
        var environment = field.getEnvironment();
        var timer = timers.computeIfAbsent(new Key(environment.getFieldDefinition(),
                environment.getOperationDefinition().getOperation()), key -> {
                    var root = environment.getExecutionStepInfo().getParent().getParent() == null;
                    return Timer.builder("mp_graphql").tag("name", environment.getField().getName())
                            .tag("source", String.valueOf(!root)).tag("type", key.operation().name())
                            .register(registry);
                });
        return fetching -> {
            var sample = Timer.start(registry);
            var value = fetcher.get(fetching);
            if (value instanceof CompletionStage<?> later) {
                return later.whenComplete((done, failed) -> sample.stop(timer));
            }
            sample.stop(timer);
            return value;
        };
    }
}
