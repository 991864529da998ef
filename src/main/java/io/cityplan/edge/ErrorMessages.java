package io.cityplan.edge;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The messages of graphql-java's and SmallRye's own errors, made fit for clients. Their errors carry the structure
 * {@link ClientErrors} reads (the kind of error, the query path, the exception), but the value that did not fit and
 * the type it did not fit are only in the message, written with graphql-java's parser nodes
 * ({@code StringValue{value='x'}}), Java class names and SmallRye's message ids (graphql-java 24, SmallRye GraphQL
 * 2.17). This rewrites those into what a client sent and, where a message still shows internals, writes a plain one.
 */
final class ErrorMessages {

    /** A parser node as graphql-java prints it, e.g. StringValue{value='a'} or EnumValue{name='NOPE'}. */
    private static final Pattern SCALAR_NODE = Pattern
            .compile("\\b(?:String|Int|Float|Boolean|Enum)Value\\{(?:value|name)='?([^'{}]*?)'?\\}");
    private static final Pattern NULL_NODE = Pattern.compile("\\bNullValue\\{\\}");
    private static final Pattern SMALLRYE_ID = Pattern.compile("SRGQL\\d+: ");
    /**
     * The Java types graphql-java names when a variable's JSON value has the wrong type, where they are not also
     * GraphQL's (String, Boolean, Float stay as they are).
     */
    private static final Map<Pattern, String> JSON_KINDS = Map.of(
            Pattern.compile("(?:\\ban? )?'(?:BigDecimal|BigInteger|Integer|Long|Short|Byte|Double)'"), "a number",
            Pattern.compile("(?:\\ban? )?'(?:LinkedHashMap|HashMap|JsonObject)'"), "an object",
            Pattern.compile("(?:\\ban? )?'(?:ArrayList|JsonArray)'"), "a list");
    /**
     * What must never reach a client: a package-qualified Java name, a parser node, a stack frame, SmallRye's name for
     * an input type it could not read.
     */
    static final Pattern INTERNALS = Pattern.compile("\\b(?:java|javax|jakarta|io|org|com|graphql)\\.[a-z]+\\."
            + "|\\b[A-Z]\\w*(?:Value|Field|Exception)\\{|\\tat |Unknown Scalar Type|\\b[A-Z]\\w*(?:Exception|Error)\\b");
    private static final Pattern ARGUMENT = Pattern.compile("argument '([\\w.]+)'");

    private ErrorMessages() {
    }

    /**
     * The message with graphql-java's parser nodes written as their values, Java types as JSON kinds and SmallRye's
     * message ids left out; a message that still shows internals is replaced with a plain one for its code.
     */
    static String clean(String raw, String code) {
        var message = raw == null ? "" : raw;
        message = SMALLRYE_ID.matcher(message).replaceAll("");
        message = SCALAR_NODE.matcher(message).replaceAll("$1");
        message = NULL_NODE.matcher(message).replaceAll("null");
        for (var kind : JSON_KINDS.entrySet()) {
            message = kind.getKey().matcher(message).replaceAll(kind.getValue());
        }
        if (!message.isBlank() && !INTERNALS.matcher(message).find()) {
            return message;
        }
        var argument = ARGUMENT.matcher(message);
        var subject = argument.find() ? "argument '" + argument.group(1) + "'" : "an argument";
        return switch (code) {
            case ClientErrors.INVALID_ARGUMENT -> subject + " has a value that does not fit its type";
            case ClientErrors.VALIDATION_FAILED ->
                "the query does not fit the schema: " + subject + " does not fit its type";
            case ClientErrors.INVALID_VARIABLES -> "a variable's value does not fit its declared type";
            default -> "the request could not be answered as sent";
        };
    }
}
