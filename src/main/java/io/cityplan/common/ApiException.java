package io.cityplan.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A request the API cannot answer as asked. Its message is written for the client and shown as is; each subclass names
 * its stable {@code extensions.code} with {@link io.smallrye.graphql.api.ErrorCode}.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    /** The input field at fault, for {@code extensions.field}; null when the error is not about one. */
    public String field() {
        return null;
    }

    /** The stable code clients see in {@code extensions.code}, from the {@code @ErrorCode} of the class. */
    public String code() {
        for (Class<?> type = getClass(); type != null; type = type.getSuperclass()) {
            var annotation = type.getAnnotation(ErrorCode.class);
            if (annotation != null) {
                return annotation.value();
            }
        }
        return "INTERNAL_ERROR";
    }
}
