package io.cityplan.edge;

import static io.cityplan.common.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * Anything anyone may send: every request here is refused with a 4xx status or answered with GraphQL errors (or,
 * where it is odd but harmless, answered), never with a 5xx, a stack trace, a Java class name or an INTERNAL_ERROR,
 * every error with a code of its own, and within the client's timeout; afterwards the server still answers an ordinary
 * query.
 */
@QuarkusTest
class HostileInputTest {

    /** What a case may get: refused or answered with errors, or any answer short of a server error. */
    enum Expect {
        REFUSED,
        ANY
    }

    record Case(String name, String method, String contentType, byte[] body, Expect expect) {

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A stack frame, a package-qualified Java name, a Java type graphql-java names, a parser node, a SmallRye message
     * id, or the error id of an unhandled failure.
     */
    private static final Pattern INTERNALS = Pattern
            .compile("\\tat |\\b(java|javax|jakarta|io|org|com|graphql)\\.[a-z]+\\."
                    + "|'(BigDecimal|Integer|Long|LinkedHashMap|ArrayList)'|\\b[A-Z]\\w*(Value|Field)\\{|SRGQL\\d|Error id ");

    private static final RestAssuredConfig TIMEOUT = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.socket.timeout", 15_000).setParam("http.connection.timeout", 5_000));

    static Stream<Case> corpus() {
        var cases = new ArrayList<Case>();
        // Bodies that are not a GraphQL request.
        for (var body : List.of("", "{", "}", "[]", "null", "\"x\"", "1", "true", "{\"query\":", "{\"query\":null}",
                "{\"query\":1}", "{\"query\":[]}", "{\"query\":{}}", "{\"variables\":{}}", "{\"query\":\"\"}",
                "{\"query\":\"{\"}", "{\"query\":\"}\"}", "{\"query\":\"{ plans { code } \"}",
                "{\"query\":\"{ plans { code } }\",\"variables\":\"x\"}",
                "{\"query\":\"{ plans { code } }\",\"variables\":[1]}",
                "{\"query\":\"{ plans { code } }\",\"operationName\":1}",
                "{\"query\":\"{ plans { code } }\",\"extensions\":\"x\"}", "{\"query\":\"query\"}",
                "{\"query\":\"{ plans { code } }\"", "\uFEFF{\"query\":\"x\"}")) {
            cases.add(json("body " + shorten(body), body));
        }
        // Content types and methods.
        var ok = "{\"query\":\"{ plans { code } }\"}";
        for (var type : List.of("application/xml", "multipart/form-data; boundary=x", "image/png",
                "application/json-patch+json", "garbage/garbage;;;")) {
            cases.add(new Case("content type " + type, "POST", type, ok.getBytes(StandardCharsets.UTF_8),
                    Expect.ANY));
        }
        cases.add(new Case("no content type", "POST", null, ok.getBytes(StandardCharsets.UTF_8), Expect.ANY));
        cases.add(new Case("text/plain", "POST", "text/plain", ok.getBytes(StandardCharsets.UTF_8), Expect.ANY));
        cases.add(new Case("application/graphql", "POST", "application/graphql",
                "{ plans { code } }".getBytes(StandardCharsets.UTF_8), Expect.ANY));
        for (var method : List.of("PUT", "DELETE", "PATCH")) {
            cases.add(new Case(method, method, "application/json", ok.getBytes(StandardCharsets.UTF_8),
                    Expect.REFUSED));
        }
        cases.add(new Case("GET without a query", "GET", null, new byte[0], Expect.REFUSED));
        cases.add(new Case("GET with a mutation", "GET?query=mutation%20%7B%20x%20%7D", null, new byte[0],
                Expect.REFUSED));
        cases.add(new Case("GET with a percent sign in the query", "GET?query=%7B%20search(text%3A%20%22100%25%22)"
                + "%20%7B%20totalCount%20%7D%20%7D", null, new byte[0], Expect.ANY));
        cases.add(new Case("GET with bad variables", "GET?query=%7Bplans%7Bcode%7D%7D&variables=%7B", null,
                new byte[0], Expect.ANY));
        // Huge strings, NUL bytes and broken UTF-8.
        var big = "x".repeat(200_000);
        cases.add(document("huge string argument", "query { region(code: \\\"" + big + "\\\") { code } }"));
        cases.add(json("huge variable", "{\"query\":\"query($c: String!) { region(code: $c) { code } }\","
                + "\"variables\":{\"c\":\"" + big + "\"}}"));
        cases.add(
                harmless(json("huge unused variable", "{\"query\":\"{ plans { code } }\",\"variables\":{\"v\":\"" + big
                        + "\"}}")));
        cases.add(json("body over the size limit", "{\"query\":\"{ plans { code } }\",\"variables\":{\"v\":\""
                + "x".repeat(300_000) + "\"}}"));
        cases.add(document("huge query text", "{ " + "plans { code } ".repeat(8_000) + "}"));
        cases.add(document("210,000 commas", "{ plans { code " + ",".repeat(210_000) + " } }"));
        cases.add(new Case("GET with a named mutation", "GET?query=query%20Q%7Bplans%7Bcode%7D%7D%20mutation%20M%7Bx%7D"
                + "&operationName=M", null, new byte[0], Expect.REFUSED));
        cases.add(document("huge name", "{ " + "p".repeat(100_000) + " }"));
        cases.add(json("NUL in code variable", "{\"query\":\"query($c: String!) { region(code: $c) { code } }\","
                + "\"variables\":{\"c\":\"130\\u0000104\"}}"));
        cases.add(json("NUL in query text", "{\"query\":\"{ plans\\u0000 { code } }\"}"));
        cases.add(json("NUL in operation name", "{\"query\":\"query A { plans { code } }\",\"operationName\":"
                + "\"A\\u0000\"}"));
        cases.add(json("lone surrogate", "{\"query\":\"query($c: String!) { region(code: $c) { code } }\","
                + "\"variables\":{\"c\":\"\\ud800\"}}"));
        cases.add(harmless(
                json("NUL in search text", "{\"query\":\"query($t: String!) { search(text: $t) { totalCount } }\","
                        + "\"variables\":{\"t\":\"\\u0000\"}}")));
        cases.add(raw("invalid UTF-8", new byte[] { '{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xff,
                (byte) 0xfe, '"', '}' }));
        cases.add(raw("overlong UTF-8", new byte[] { '{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xc0,
                (byte) 0xaf, '"', '}' }));
        cases.add(raw("truncated UTF-8", new byte[] { '{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xe4,
                '"', '}' }));
        // Operation names.
        cases.add(json("unknown operation name", "{\"query\":\"query A { plans { code } }\",\"operationName\":\"B\"}"));
        cases.add(document("two operations without a name", "query A { plans { code } } query B { plans { code } }"));
        cases.add(document("two operations with one name", "query A { plans { code } } query A { plans { code } }"));
        cases.add(document("anonymous and named", "{ plans { code } } query A { plans { code } }"));
        cases.add(document("subscription", "subscription { plans { code } }"));
        cases.add(document("mutation", "mutation { plans { code } }"));
        // Variables of the wrong type.
        for (var v : List.of("{\"c\":1}", "{\"c\":null}", "{\"c\":[\"130104\"]}", "{\"c\":{\"a\":1}}", "{}")) {
            cases.add(json("code variable " + v, "{\"query\":\"query($c: String!) { region(code: $c) { code } }\","
                    + "\"variables\":" + v + "}"));
        }
        for (var v : List.of("\"x\"", "1.5", "-1", "101", "2147483648", "true")) {
            cases.add(json("first " + v, "{\"query\":\"query($f: Int) { indicators(first: $f) { totalCount } }\","
                    + "\"variables\":{\"f\":" + v + "}}"));
        }
        // SmallRye GraphQL 2.17 names the input's Java class when a value nested in an input object has the wrong type.
        cases.add(json("filter {targetYear:{from:\"a\"}}", "{\"query\":\"query($f: TargetFilter) { targets(filter: $f) "
                + "{ totalCount } }\",\"variables\":{\"f\":{\"targetYear\":{\"from\":\"a\"}}}}"));
        for (var v : List.of("\"x\"", "{\"statuses\":[\"NOPE\"]}",
                "{\"nope\":1}", "{\"targetYear\":{\"from\":2030,\"to\":2020}}", "{\"region\":\"999999\"}",
                "{\"indicators\":[\"no-such\"]}")) {
            cases.add(
                    json("filter " + v, "{\"query\":\"query($f: TargetFilter) { targets(filter: $f) { totalCount } }\","
                            + "\"variables\":{\"f\":" + v + "}}"));
        }
        cases.add(json("lang FR", "{\"query\":\"query($l: Lang) { plans { title(lang: $l) } }\","
                + "\"variables\":{\"l\":\"FR\"}}"));
        cases.add(json("ids not a list", "{\"query\":\"query($i: [String!]!) { nodes(ids: $i) { id } }\","
                + "\"variables\":{\"i\":\"x\"}}"));
        cases.add(document("bad cursor", "{ indicators(after: \"%%%\") { totalCount } }"));
        cases.add(document("bad id", "{ node(id: \"!!\") { id } }"));
        cases.add(document("blank search", "{ search(text: \"   \") { totalCount } }"));
        cases.add(document("mostRecent 0", "{ observations(mostRecent: 0) { totalCount } }"));
        // Deep nesting.
        for (var depth : List.of(13, 30, 100, 500)) {
            cases.add(document("nested " + depth, "{ region(code: \"130104\") { " + "parent { ".repeat(depth) + "code"
                    + " }".repeat(depth) + " } }"));
        }
        cases.add(document("nested selections 2000", "{ plans " + "{ code ".repeat(2000) + "}".repeat(2001)));
        var deepFilter = "{\"region\":\"130104\"}";
        for (int i = 0; i < 400; i++) {
            deepFilter = "{\"not\":" + deepFilter + "}";
        }
        cases.add(harmless(json("filter nested 400", "{\"query\":\"query($f: TargetFilter) { targets(filter: $f) { "
                + "totalCount } }\",\"variables\":{\"f\":" + deepFilter + "}}")));
        cases.add(json("JSON nested 5000", "{\"query\":\"{ plans { code } }\",\"variables\":{\"v\":"
                + "[".repeat(5000) + "]".repeat(5000) + "}}"));
        // Alias bombs and fan-out.
        for (var n : List.of(1_700, 3_000, 5_000)) { // 31 each: over the cost limit of 50,000
            cases.add(document("aliases " + n, "{ " + IntStream.range(0, n).mapToObj(i -> "a" + i + ": plans { code }")
                    .collect(Collectors.joining(" ")) + " }"));
        }
        cases.add(document("aliased search bomb", "{ " + IntStream.range(0, 200).mapToObj(i -> "s" + i
                + ": search(text: \"区\") { totalCount nodes { score } }").collect(Collectors.joining(" ")) + " }"));
        cases.add(document("aliased stats bomb", "{ " + IntStream.range(0, 200).mapToObj(i -> "s" + i
                + ": targetStats { total }").collect(Collectors.joining(" ")) + " }"));
        cases.add(document("repeated field", "{ plans { " + "code ".repeat(5000) + "} }"));
        // Fragments.
        cases.add(document("fragment cycle", "fragment F on Plan { ...G } fragment G on Plan { ...F } "
                + "{ plans { ...F } }"));
        cases.add(document("self-spreading fragment", "fragment F on Plan { code ...F } { plans { ...F } }"));
        cases.add(document("unknown fragment", "{ plans { ...Nope } }"));
        cases.add(document("fragment on unknown type", "fragment F on Nope { code } { plans { ...F } }"));
        cases.add(document("unused fragment", "fragment F on Plan { code } { plans { code } }"));
        var fanOut = new StringBuilder("fragment F0 on Region { code }");
        for (int i = 1; i < 30; i++) {
            fanOut.append(" fragment F").append(i).append(" on Region { a: parent { ...F").append(i - 1)
                    .append(" } b: parent { ...F").append(i - 1).append(" } }");
        }
        cases.add(document("fragment fan-out", fanOut + " { region(code: \"130104\") { ...F29 } }"));
        // Introspection abuse.
        cases.add(document("introspection alias bomb", "{ " + IntStream.range(0, 300).mapToObj(i -> "s" + i
                + ": __schema { types { name fields { name } } }").collect(Collectors.joining(" ")) + " }"));
        cases.add(document("deep ofType", "{ __schema { types { " + "ofType { ".repeat(60) + "name"
                + " }".repeat(60) + " } } }"));
        cases.add(document("__type without name", "{ __type { name } }"));
        cases.add(harmless("__type of unknown", "{ __type(name: \"Nope\") { name } }"));
        cases.add(harmless("introspection in a data query", "{ plans { __typename code } __schema { queryType "
                + "{ name } } }"));
        // Batches.
        cases.add(json("batch of two", "[{\"query\":\"{ plans { code } }\"},{\"query\":\"{ plans { code } }\"}]"));
        cases.add(json("batch of numbers", "[1,2,3]"));
        cases.add(
                json("batch of 1000", "[" + IntStream.range(0, 1000).mapToObj(i -> "{\"query\":\"{ plans { code } }\"}")
                        .collect(Collectors.joining(",")) + "]"));
        // Directives and unknown names.
        cases.add(document("unknown field", "{ nope }"));
        cases.add(document("unknown argument", "{ plans(nope: 1) { code } }"));
        cases.add(document("scalar with selection", "{ plans { code { x } } }"));
        cases.add(document("object without selection", "{ plans }"));
        cases.add(document("unknown directive", "{ plans @nope { code } }"));
        cases.add(document("skip without if", "{ plans @skip { code } }"));
        cases.add(document("include with a string", "{ plans @include(if: \"yes\") { code } }"));
        cases.add(document("undeclared variable", "{ region(code: $c) { code } }"));
        cases.add(document("unused variable of unknown type", "query($x: Nope) { plans { code } }"));
        cases.add(document("enum as string", "{ regions(kind: \"DISTRICT\") { code } }"));
        cases.add(document("unknown enum value", "{ regions(kind: NOPE) { code } }"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedOrAnsweredWithoutAServerError(Case c) {
        var request = given().config(TIMEOUT).urlEncodingEnabled(false);
        if (c.contentType() != null) {
            request = request.contentType(c.contentType());
        }
        var method = c.method().contains("?") ? "GET" : c.method();
        var path = "/graphql" + (c.method().contains("?") ? c.method().substring(c.method().indexOf('?')) : "");
        var response = switch (method) {
            case "GET" -> request.get(path);
            case "PUT" -> request.body(c.body()).put(path);
            case "DELETE" -> request.body(c.body()).delete(path);
            case "PATCH" -> request.body(c.body()).patch(path);
            default -> request.body(c.body()).post(path);
        };
        var status = response.statusCode();
        var text = response.asString();
        assertTrue(status < 500, c.name() + " answered " + status + ": " + shorten(text));
        assertFalse(Files.exists(Path.of("file-uploads")), c.name() + " made the server store an upload");
        assertFalse(INTERNALS.matcher(text).find(), c.name() + " leaked internals: " + shorten(text));
        if (text.startsWith("{")) {
            List<Map<String, Object>> errors = response.jsonPath().getList("errors");
            for (var error : errors == null ? List.<Map<String, Object>> of() : errors) {
                assertTrue(error.get("extensions") instanceof Map<?, ?> extensions
                        && extensions.keySet().equals(Set.of("code")) && extensions.get("code") instanceof String,
                        c.name() + " gave an error without a code of its own: " + error);
                // Whatever a client sends is the client's doing: never an internal error of the server's.
                assertFalse("INTERNAL_ERROR".equals(((Map<?, ?>) error.get("extensions")).get("code")),
                        c.name() + " was taken for an internal error: " + error);
            }
        }
        // The server still answers an ordinary query afterwards.
        query("{ plans { code } }").body("data.plans[0].code", equalTo("sjz-capital-plan-2021"));
        if (c.expect() != Expect.ANY) {
            assertTrue(status >= 400 || text.contains("\"errors\""), c.name() + " was not refused: " + shorten(text));
        }
    }

    private static Case json(String name, String body) {
        return new Case(name, "POST", "application/json", body.getBytes(StandardCharsets.UTF_8), Expect.REFUSED);
    }

    private static Case document(String name, String document) {
        return json(name, "{\"query\":\"" + document.replace("\"", "\\\"") + "\"}");
    }

    /** A case that is odd but harmless: any answer short of a server error will do. */
    private static Case harmless(Case c) {
        return new Case(c.name(), c.method(), c.contentType(), c.body(), Expect.ANY);
    }

    private static Case harmless(String name, String document) {
        return harmless(document(name, document));
    }

    private static Case raw(String name, byte[] body) {
        return new Case(name, "POST", "application/json", body, Expect.REFUSED);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
