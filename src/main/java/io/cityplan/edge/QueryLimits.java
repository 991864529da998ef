package io.cityplan.edge;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.schema.DataFetcher;
import io.cityplan.common.CityplanConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;

/**
 * Bounds what one query may cost: its size in tokens, its depth, its cost ({@link QueryCost}) and its running time,
 * each answered with an error whose code names the limit. An operation that only introspects the schema is exempt from
 * the depth limit, since GraphiQL's own introspection query nests about 15 deep; it still counts against the others.
 */
@ApplicationScoped
@Unremovable // looked up by QueryLimitsHook, which SmallRye creates outside CDI
public class QueryLimits {

    static final String TOO_DEEP = "QUERY_TOO_DEEP";
    static final String TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    static final String TOO_LARGE = "QUERY_TOO_LARGE";
    private static final Set<String> INTROSPECTION = Set.of("__schema", "__type", "__typename");

    private final CityplanConfig config;
    private final MeterRegistry registry;
    private final RunningRequests running;

    private final PersistedQueries persisted;

    QueryLimits(CityplanConfig config, MeterRegistry registry, RunningRequests running, PersistedQueries persisted) {
        this.config = config;
        this.registry = registry;
        this.running = running;
        this.persisted = persisted;
    }

    /**
     * Called as SmallRye builds the GraphQL engine ({@link QueryLimitsHook}). Its own instrumentation (the parse cache)
     * stays first; the limits follow, replacing SmallRye's, which stay unconfigured, then the fields' timers
     * ({@link FieldTimers}); {@link ClientErrors} comes last, to see every error.
     */
    void install(GraphQL.Builder builder) {
        var limits = config.limits();
        ParserOptions.setDefaultOperationParserOptions(parserOptions(limits.maxTokens()));
        var smallrye = builder.build().getInstrumentation();
        var cost = new QueryCost(limits.maxCost(), limits.maxTokens());
        builder.instrumentation(new ChainedInstrumentation(List.of(smallrye, new SocketOperations(persisted),
                new Depth(limits.maxDepth(), cost), cost,
                new Deadline(limits.executionTimeout(), running),
                new FieldTimers(registry), new ClientErrors())));
    }

    /**
     * How query documents are parsed: at most {@code maxTokens} tokens. Works around SmallRye GraphQL 2.17, whose
     * {@code quarkus.smallrye-graphql.parser-max-tokens} sets graphql-java's general parser options
     * ({@code ExecutionService.setParserOptions}), not the operation parser options it parses queries with, and so
     * limits nothing; {@code SmallRyeHttpCanaryTest.setsParserMaxTokensOnTheGeneralParserOptionsOnly} fails once it
     * does, and the setting can take the place of this.
     */
    static ParserOptions parserOptions(int maxTokens) {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options.maxTokens(maxTokens));
    }

    /** Whether the operation selects nothing but the schema's introspection fields. */
    static boolean introspectionOnly(OperationDefinition operation) {
        return operation.getSelectionSet().getSelections().stream()
                .allMatch(s -> s instanceof Field f && INTROSPECTION.contains(f.getName()));
    }

    static AbortExecutionException abort(String code, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", code)).build()));
    }

    private static final class Depth extends MaxQueryDepthInstrumentation {

        private final int max;
        private final QueryCost cost;

        Depth(int max, QueryCost cost) {
            super(max);
            this.max = max;
            this.cost = cost;
        }

        @Override
        public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            var context = parameters.getExecutionContext();
            return introspectionOnly(context.getOperationDefinition())
                    || cost.passedBefore(RequestKey.of(context.getExecutionInput()))
                            ? SimpleInstrumentationContext.noOp()
                            : super.beginExecuteOperation(parameters, state);
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return abort(TOO_DEEP, "the query nests " + depth + " deep; the limit is " + max);
        }
    }

    /**
     * Stops a request that has run longer than its execution timeout, or whose client has gone: its running statement
     * is cancelled ({@link RunningRequests}), and each field that would start after that answers TIMEOUT (to no one,
     * if the client has gone).
     */
    static final class Deadline extends SimplePerformantInstrumentation {

        private final Duration timeout;
        private final RunningRequests requests;

        Deadline(Duration timeout, RunningRequests requests) {
            this.timeout = timeout;
            this.requests = requests;
        }

        @Override
        public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
            return new Started(requests.start(timeout, RequestIds.current()));
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (state instanceof Started started) {
                requests.end(started.request());
            }
            return CompletableFuture.completedFuture(result);
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters field,
                InstrumentationState state) {
            if (field.isTrivialDataFetcher() || !(state instanceof Started started)) {
                return fetcher;
            }
            var request = started.request();
            return environment -> {
                if (request.clientGone()) {
                    throw TimeoutException.clientGone(request.requestId());
                }
                if (request.stopped()) {
                    throw TimeoutException.afterExecutionTimeout(request.timeout(), request.requestId());
                }
                return fetcher.get(environment);
            };
        }

        private record Started(RunningRequests.Running request) implements InstrumentationState {
        }
    }
}
