package io.cityplan.edge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Makes the fetcher of each operation once, rather than once per request.
 * <p>
 * Works around SmallRye GraphQL 2.17.0: {@code ExecutionService.getDataLoaderRegistry} asks its
 * {@code DataFetcherFactory} for a new batch loader of every batched field ({@code @Source List<...>}) on every
 * request, and each is a new fetcher that looks its method up by reflection and loads its parameter classes: 15% of the
 * CPU of a request that resolves no batched field at all. A fetcher holds no state of a request (the schema's own
 * fetchers serve every request), so this service, asked before Quarkus' own (priority 0 before 1), hands out the one
 * that Quarkus' service made for the operation the first time. One instance serves each factory, so the fetchers go
 * with the schema they were made for. {@code SharedBatchLoadersTest} fails once SmallRye stops asking per request.
 * Listed in {@code META-INF/services}.
 */
public class SharedBatchLoaders implements DataFetcherService {

    private static final AtomicLong ASKED = new AtomicLong();

    private final QuarkusDataFetcherService quarkus = new QuarkusDataFetcherService();
    /** By the operation's identity: {@code Operation.hashCode} hashes every property of it. */
    private final Map<Identity, PlugableBatchableDataFetcher> fetchers = new ConcurrentHashMap<>();

    private record Identity(Operation operation) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.operation == operation;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(operation);
        }
    }

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        ASKED.incrementAndGet();
        return fetchers.computeIfAbsent(new Identity(operation), o -> quarkus.getDefaultDataFetcher(operation, type));
    }

    /** How often SmallRye has asked for a fetcher, in this JVM. */
    static long asked() {
        return ASKED.get();
    }
}
