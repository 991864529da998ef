package io.cityplan.execution;

/**
 * A request that {@link QueryCompiler} does not turn into SQL, and why: it runs field by field instead, which answers
 * it in full, errors included. Cheap to throw: it carries no stack trace.
 */
public final class NotCompilable extends RuntimeException {

    public NotCompilable(String reason) {
        super(reason, null, false, false);
    }
}
