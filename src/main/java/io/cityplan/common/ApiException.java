package io.cityplan.common;

/**
 * A request the API cannot answer as asked. Its message is written for the client and shown as is; each subclass names
 * its stable {@code extensions.code} with {@link io.smallrye.graphql.api.ErrorCode}.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
