package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResultImpl;
import graphql.execution.AbortExecutionException;
import graphql.parser.ParserOptions;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLExecutionHandler;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.spi.config.Config;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.RoutingContext;

/**
 * The canaries of the workarounds for Quarkus' SmallRye GraphQL handler and SmallRye's execution service (Quarkus
 * 3.34.1, SmallRye GraphQL 2.17), which call their own code as it runs for every request. Each test states a defect
 * that the handler still has; when
 * one fails, the handler no longer has it, and the workaround its comment names can be deleted.
 * <p>
 * The handler's methods are private, so they are reached by reflection: a test that fails because a method was renamed
 * is a sign to read the new handler, as much as one that fails because the defect is gone. (Quarkus' handler needs
 * the CDI container to be built, hence {@code @QuarkusTest}.)
 */
@QuarkusTest
class SmallRyeHttpCanaryTest {

    private final SmallRyeGraphQLExecutionHandler handler = new SmallRyeGraphQLExecutionHandler(true, false, true,
            null, null);

    /** {@link Bodies} and {@link GetRequests}: a '+' sent encoded as %2B reaches the query as a space. */
    @Test
    void readsGetParametersDecodedTwice() throws Exception {
        assertEquals("{ a(x: \"1 1\") }", readGet(Map.of("query", "{ a(x: \"1+1\") }")).getString("query"));
    }

    /** {@link Bodies} and {@link GetRequests}: the operation name a GET sends is replaced by the query. */
    @Test
    void takesTheQueryForTheOperationNameOfAGet() throws Exception {
        var read = readGet(Map.of("query", "query A { a }", "operationName", "A"));
        assertEquals("query A { a }", read.getString("operationName"));
    }

    /** {@link Bodies}: a line break becomes a space, so a # comment runs on to the end of the query. */
    @Test
    void turnsTheLineBreaksOfAQueryIntoSpaces() throws Exception {
        assertEquals("{ a } # b", readGet(Map.of("query", "{ a }\n# b")).getString("query"));
        assertEquals("{ a } # b", readBody("application/graphql", "{ a }\n# b").getString("query"));
    }

    /**
     * {@link ClientErrors}: an error classified ExecutionAborted beside data makes the handler answer HTTP 500 with no
     * body, so that no error a client gets is classified so.
     */
    @Test
    void answers500ToAnAbortedExecutionBesideData() throws Exception {
        var result = ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1))
                .addError(new AbortExecutionException("stopped")).build();
        var writerType = Class
                .forName(SmallRyeGraphQLExecutionHandler.class.getName() + "$VertxExecutionResponseWriter");
        var constructor = writerType.getDeclaredConstructor(SmallRyeGraphQLExecutionHandler.class,
                HttpServerResponse.class, RoutingContext.class, String.class);
        constructor.setAccessible(true);
        var writer = constructor.newInstance(handler, null, null, "UTF-8");
        var shouldFail = writerType.getDeclaredMethod("shouldFail", ExecutionResponse.class);
        shouldFail.setAccessible(true);
        assertTrue((Boolean) shouldFail.invoke(writer, new ExecutionResponse(result)));
    }

    /**
     * {@link QueryLimits#parserOptions}: SmallRye's {@code parser-max-tokens} sets graphql-java's general parser
     * options, not the options it parses queries with, so the limit is set on those by cityplan.
     */
    @Test
    void setsParserMaxTokensOnTheGeneralParserOptionsOnly() throws Exception {
        var general = ParserOptions.getDefaultParserOptions();
        var operations = ParserOptions.getDefaultOperationParserOptions();
        try {
            var set = ExecutionService.class.getDeclaredMethod("setParserOptions", Config.class);
            set.setAccessible(true);
            set.invoke(new ExecutionService(null, null), new Config() {
                @Override
                public String getName() {
                    return "canary";
                }

                @Override
                public Optional<Integer> getParserMaxTokens() {
                    return Optional.of(7);
                }
            });
            assertEquals(7, ParserOptions.getDefaultParserOptions().getMaxTokens());
            assertEquals(operations.getMaxTokens(), ParserOptions.getDefaultOperationParserOptions().getMaxTokens());
        } finally {
            ParserOptions.setDefaultParserOptions(general);
            ParserOptions.setDefaultOperationParserOptions(operations);
        }
    }

    /** What the handler reads from a GET with these query parameters. */
    private JsonObject readGet(Map<String, String> parameters) throws Exception {
        var context = proxy(RoutingContext.class, (name, args) -> name.equals("queryParam")
                ? parameters.containsKey(args[0]) ? List.of(parameters.get(args[0])) : List.of()
                : null);
        return call("getJsonObjectFromQueryParameters", context);
    }

    /** What the handler reads from a POST with this content type and body. */
    private JsonObject readBody(String type, String body) throws Exception {
        var request = proxy(HttpServerRequest.class, (name, args) -> name.equals("getHeader") ? type : null);
        var requestBody = proxy(RequestBody.class, (name, args) -> name.equals("asString") ? body : null);
        var context = proxy(RoutingContext.class, (name, args) -> switch (name) {
            case "request" -> request;
            case "body" -> requestBody;
            default -> null;
        });
        return call("getJsonObjectFromBody", context);
    }

    private JsonObject call(String method, RoutingContext context) throws Exception {
        var read = SmallRyeGraphQLExecutionHandler.class.getDeclaredMethod(method, RoutingContext.class);
        read.setAccessible(true);
        try {
            return (JsonObject) read.invoke(handler, context);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private interface Answer {
        Object of(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(SmallRyeHttpCanaryTest.class.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> answer.of(method.getName(), args)));
    }
}
