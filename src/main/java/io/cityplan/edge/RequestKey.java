package io.cityplan.edge;

import java.util.Map;

import graphql.ExecutionInput;

/**
 * A GraphQL request as far as its execution depends on it: the query text, the operation and the variables as sent.
 * Two requests with equal keys are checked and costed alike, and compiled alike within a year and a dataset, so a
 * request that clients send again (as dashboards and apps do) reuses that work.
 */
public record RequestKey(String query, String operationName, Map<String, Object> variables) {

    public static RequestKey of(ExecutionInput input) {
        return new RequestKey(input.getQuery(), input.getOperationName(), input.getRawVariables().toMap());
    }

    /** About the characters the key holds, to bound a cache by. */
    public int weight() {
        return query.length() + String.valueOf(variables).length();
    }
}
