package io.cityplan.edge;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition.Operation;

/**
 * What runs over a WebSocket (graphql-transport-ws, which SmallRye GraphQL serves at /graphql): subscriptions only,
 * and with the persisted query allow-list on, only those of the manifest. graphql-transport-ws carries queries and
 * mutations too, but those would pass by what /graphql checks of an HTTP request (the allow-list, the request's
 * rate, the bearer token's lifetime on a socket that outlives it), so they go over HTTP.
 */
final class SocketOperations extends SimplePerformantInstrumentation {

    static final String SUBSCRIPTIONS_ONLY = "SUBSCRIPTIONS_ONLY";

    private final PersistedQueries persisted;

    SocketOperations(PersistedQueries persisted) {
        this.persisted = persisted;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        var request = RequestIds.currentRequest();
        boolean overSocket = request == null || GetRequests.isWebSocketHandshake(request);
        if (!overSocket) {
            return SimpleInstrumentationContext.noOp();
        }
        if (context.getOperationDefinition().getOperation() != Operation.SUBSCRIPTION) {
            throw QueryLimits.abort(SUBSCRIPTIONS_ONLY,
                    "over the WebSocket only subscriptions run; send queries and mutations to POST /graphql");
        }
        if (!persisted.allowed(context.getExecutionInput().getQuery())) {
            throw QueryLimits.abort(PersistedQueries.NOT_IN_LIST,
                    "only the operations of the persisted query manifest run on this server");
        }
        return SimpleInstrumentationContext.noOp();
    }
}
