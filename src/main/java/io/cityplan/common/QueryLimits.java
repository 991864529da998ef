package io.cityplan.common;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;

/**
 * Bounds what one query may cost: its depth and its number of fields, each answered with an error whose code names the
 * limit. An operation that only introspects the schema is exempt from the depth limit, since GraphiQL's own
 * introspection query nests about 15 deep; it still counts against the number of fields.
 */
@ApplicationScoped
public class QueryLimits {

    static final String TOO_DEEP = "QUERY_TOO_DEEP";
    static final String TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    private static final Set<String> INTROSPECTION = Set.of("__schema", "__type", "__typename");

    private final CityplanConfig config;

    QueryLimits(CityplanConfig config) {
        this.config = config;
    }

    /** SmallRye fires this as it builds the GraphQL engine; the limits replace its own, which stay unconfigured. */
    void install(@Observes GraphQL.Builder builder) {
        var limits = config.limits();
        builder.instrumentation(new ChainedInstrumentation(List.of(new Depth(limits.maxDepth()),
                new Complexity(limits.maxComplexity()))));
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

        Depth(int max) {
            super(max);
            this.max = max;
        }

        @Override
        public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            return introspectionOnly(parameters.getExecutionContext().getOperationDefinition())
                    ? SimpleInstrumentationContext.noOp()
                    : super.beginExecuteOperation(parameters, state);
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return abort(TOO_DEEP, "the query nests " + depth + " deep; the limit is " + max);
        }
    }

    private static final class Complexity extends MaxQueryComplexityInstrumentation {

        private final int max;

        Complexity(int max) {
            super(max);
            this.max = max;
        }

        @Override
        protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
            return abort(TOO_COMPLEX, "the query selects " + complexity + " fields; the limit is " + max);
        }
    }
}
