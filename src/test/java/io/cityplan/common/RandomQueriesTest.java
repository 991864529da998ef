package io.cityplan.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Queries made at random from the schema (seeded, so a failure can be replayed): fields with aliases, nested up to
 * five deep, with arguments of every type, mostly sensible values and some that are not (codes that do not exist, NUL
 * characters, page sizes out of range, empty and over-long strings, nulls in lists). Every answer must come within the
 * execution timeout as HTTP 200 with data, or errors that each carry a code of their own, never INTERNAL_ERROR, a Java
 * class name or a 5xx. The log gives the count of each code (2,000 queries: 574 answered without errors, the rest
 * refused or partly answered with INVALID_ARGUMENT, INVALID_CURSOR, INVALID_ID, QUERY_TOO_COMPLEX, UNKNOWN_CODE).
 */
@QuarkusTest
class RandomQueriesTest {

    private static final long SEED = 20261128L;
    private static final int QUERIES = 2_000;
    private static final Pattern INTERNALS = Pattern.compile("\\b(?:java|javax|jakarta|io|org|com|graphql)\\.[a-z]+\\."
            + "|\\tat |\\b[A-Z]\\w*(?:Exception|Error)\\b");
    private static final List<String> STRINGS = List.of("130104", "130100", "SJZ-HTZ", "gdp", "sjz-capital-plan-2021",
            "gaocheng-year-in-review-2020", "金融", "税收 gdp", "", " ", "nope", "x".repeat(300), "a\u0000b", "%",
            "UmVnaW9uOjEzMDEwNA", "cursor", "\\\\\"");
    private static final int[] INTS = { 1, 2, 7, 10, 45, 100, 2021, 2025 };
    private static final int[] ODD_INTS = { 0, 101, -1, 1900, Integer.MAX_VALUE };

    @Inject
    GraphQLSchema schema;

    @Test
    void everyRandomQueryIsAnsweredOrRefusedWithACode() {
        var random = new Random(SEED);
        var codes = new TreeMap<String, Integer>();
        for (int i = 0; i < QUERIES; i++) {
            var query = query(random);
            var response = given().contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql");
            var text = response.asString();
            var replay = "query " + i + " of seed " + SEED + ": " + query;
            assertEquals(200, response.statusCode(), replay + "\n" + text);
            // Within the execution timeout (20 s) and the sweep that enforces it.
            assertTrue(response.time() < 21_000, replay + " took " + response.time() + " ms");
            assertFalse(INTERNALS.matcher(text).find(), replay + " leaked internals: " + text);
            List<Map<String, Object>> errors = response.jsonPath().getList("errors");
            for (var error : errors == null ? List.<Map<String, Object>> of() : errors) {
                var extensions = error.get("extensions");
                assertTrue(extensions instanceof Map<?, ?> map && map.keySet().equals(Set.of("code")),
                        replay + " gave an error without a code of its own: " + error);
                var code = (String) ((Map<?, ?>) extensions).get("code");
                assertFalse("INTERNAL_ERROR".equals(code), replay + " was taken for an internal error: " + error);
                codes.merge(code, 1, Integer::sum);
            }
            if (errors == null) {
                codes.merge("(answered)", 1, Integer::sum);
            }
        }
        Log.infof("%d random queries: %s", QUERIES, codes);
        assertTrue(codes.getOrDefault("(answered)", 0) > QUERIES / 4, "too few answered to test much: " + codes);
    }

    private String query(Random random) {
        var out = new StringBuilder("{ ");
        var roots = 1 + random.nextInt(3);
        for (int i = 0; i < roots; i++) {
            out.append("a").append(i).append(": ");
            field(random, schema.getQueryType(), out, 0);
        }
        return out.append("}").toString();
    }

    private void field(Random random, GraphQLFieldsContainer parent, StringBuilder out, int depth) {
        var fields = parent.getFieldDefinitions().stream().filter(f -> !f.getName().startsWith("__")).toList();
        var field = fields.get(random.nextInt(fields.size()));
        out.append(field.getName());
        arguments(random, field, out);
        selection(random, field.getType(), out, depth);
        out.append(' ');
    }

    private void selection(Random random, GraphQLOutputType type, StringBuilder out, int depth) {
        var bare = GraphQLTypeUtil.unwrapAll(type);
        if (bare instanceof GraphQLScalarType || bare instanceof GraphQLEnumType) {
            return;
        }
        out.append(" { __typename ");
        if (depth < 5) {
            if (bare instanceof GraphQLUnionType union) {
                var member = union.getTypes().get(random.nextInt(union.getTypes().size()));
                out.append("... on ").append(member.getName()).append(" { ");
                field(random, (GraphQLFieldsContainer) member, out, depth + 1);
                out.append("} ");
            } else if (bare instanceof GraphQLInterfaceType face && random.nextBoolean()) {
                var members = schema.getImplementations(face);
                var member = members.get(random.nextInt(members.size()));
                out.append("... on ").append(member.getName()).append(" { ");
                field(random, member, out, depth + 1);
                out.append("} ");
            } else {
                var count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    out.append("f").append(i).append(": ");
                    field(random, (GraphQLFieldsContainer) bare, out, depth + 1);
                }
            }
        }
        out.append("}");
    }

    private void arguments(Random random, GraphQLFieldDefinition field, StringBuilder out) {
        var given = new ArrayList<String>();
        for (GraphQLArgument argument : field.getArguments()) {
            // A cursor made up is refused (INVALID_CURSOR); one query in ten tries that.
            var odds = argument.getName().equals("after") || argument.getName().equals("before") ? 10 : 3;
            if (argument.getType() instanceof GraphQLNonNull || random.nextInt(odds) == 0) {
                given.add(argument.getName() + ": " + value(random, argument.getType(), 0));
            }
        }
        if (!given.isEmpty()) {
            out.append("(").append(String.join(", ", given)).append(")");
        }
    }

    private String value(Random random, GraphQLInputType type, int depth) {
        if (!(type instanceof GraphQLNonNull) && random.nextInt(25) == 0) {
            return "null";
        }
        var bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            var items = new ArrayList<String>();
            var count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                items.add(value(random, (GraphQLInputType) list.getWrappedType(), depth));
            }
            return items.toString();
        }
        if (bare instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(random.nextInt(enumType.getValues().size())).getName();
        }
        if (bare instanceof GraphQLInputObjectType object) {
            var fields = new ArrayList<String>();
            for (var field : object.getFieldDefinitions()) {
                if (field.getType() instanceof GraphQLNonNull || depth < 3 && random.nextInt(4) == 0) {
                    fields.add(field.getName() + ": " + value(random, field.getType(), depth + 1));
                }
            }
            return "{" + String.join(", ", fields) + "}";
        }
        return switch (((GraphQLScalarType) bare).getName()) {
            case "Int", "BigInteger", "Long" -> Integer.toString(random.nextInt(5) == 0
                    ? ODD_INTS[random.nextInt(ODD_INTS.length)]
                    : INTS[random.nextInt(INTS.length)]);
            case "Float", "BigDecimal" -> random.nextBoolean() ? "1.5" : "-0.25";
            case "Boolean" -> Boolean.toString(random.nextBoolean());
            default -> "\"" + STRINGS.get(random.nextInt(STRINGS.size())).replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\u0000", "\\u0000") + "\"";
        };
    }
}
