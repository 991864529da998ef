package io.cityplan.common;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** What the query selects below the field being resolved, so that work it does not ask for is skipped. */
public final class Selections {

    private Selections() {
    }

    /** Whether the field being resolved selects {@code field} directly below it (e.g. a connection's totalCount). */
    public static boolean selects(Context context, String field) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains(field);
    }
}
