package io.cityplan.execution;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A compiled query answers exactly as the same query run field by field: the same bytes, errors included (a query
 * that would fail runs field by field). Each query is sent twice, compiled and not, and the answers compared.
 */
@QuarkusTest
class CompiledQueriesTest {

    private static final String PLAN = "sjz-capital-plan-2021";
    private static final String EXPLORER_EXAMPLE = """
            query PlanProgrammes($plan: String!) {
              plan(code: $plan) { titleZh titleEn programmes { ordinal nameZh nameEn aimEn
                tasks(first: 10) { totalCount nodes { ordinal titleZh titleEn
                  targets(first: 10) { totalCount nodes { indicator { nameZh nameEn } comparator value unit targetYear
                    citation { quote } } } } } } }
            }""";

    @Inject
    SqlExecution execution;
    @Inject
    SqlSchema sqlSchema;
    @Inject
    GraphQLSchema schema;
    @Inject
    MeterRegistry registry;
    @Inject
    DataSource dataSource;

    @AfterEach
    void compileAgain() {
        execution.enabled(true);
    }

    @Test
    void answersNestedListsAsFieldByField() {
        assertCompiledSame(EXPLORER_EXAMPLE, Map.of("plan", PLAN));
        assertCompiledSame("""
                query ($plan: String!, $ordinal: Int!) { task(plan: $plan, ordinal: $ordinal) { id titleZh
                  programme { id ordinal plan { id code year region { code nameEn kind } } }
                  targets { totalCount edges { cursor node { id code form value baselineValue baselineYear startYear
                    aspirational note referenceZh region { nameZh parent { code } } park { nameZh level }
                    citation { id document { code titleEn kind year } } } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }""",
                Map.of("plan", PLAN, "ordinal", 7));
    }

    /**
     * A statement whose rows a unique key, a parent or a cursor finds is prepared on the server, where PostgreSQL may
     * keep a generic plan for it; one with a filter is planned for its values every time once the figure tables are
     * large, and keeps a plan too while they are as small as the shipped dataset's (Statement, FigureVolume). Sent
     * more often than the five runs after which PostgreSQL considers a generic plan, each keeps answering the same.
     */
    @Test
    void preparesOnlyStatementsWhosePlanDoesNotDependOnTheirValues() {
        var first = assertCompiledSame(EXPLORER_EXAMPLE, Map.of("plan", PLAN));
        for (int i = 0; i < 12; i++) {
            assertEquals(first, post(EXPLORER_EXAMPLE, Map.of("plan", PLAN)));
        }
        assertEquals(List.of(true), execution.kept(EXPLORER_EXAMPLE).stream().map(Statement::planOnce).toList());

        var filtered = "{ targets(filter: {targetYear: {from: 2025}}) { totalCount nodes { code } } }";
        var answer = assertCompiledSame(filtered, Map.of());
        for (int i = 0; i < 12; i++) {
            assertEquals(answer, post(filtered, Map.of()));
        }
        assertEquals(List.of(false), execution.kept(filtered).stream().map(Statement::planOnce).toList());

        var paged = "query ($after: String) { targets(first: 2, after: $after) { nodes { code } } }";
        var second = new HashMap<String, Object>();
        second.put("after", JsonPath.from(assertCompiledSame(
                "{ targets(first: 2) { pageInfo { endCursor } } }", Map.of())).getString(
                        "data.targets.pageInfo.endCursor"));
        var page = assertCompiledSame(paged, second);
        for (int i = 0; i < 12; i++) {
            assertEquals(page, post(paged, second));
        }
        assertEquals(List.of(true), execution.kept(paged).stream().map(Statement::planOnce).toList());
    }

    @Test
    void answersEveryOrderAndPageAsFieldByField() {
        for (var order : List.of("[]", "[CODE_DESC]", "[INDICATOR_ASC, TARGET_YEAR_DESC]", "[TARGET_YEAR_DESC]")) {
            pageThrough("targets", "query ($after: String) { targets(first: 7, after: $after, orderBy: " + order
                    + ") { totalCount nodes { code targetYear indicator { code } } pageInfo { hasNextPage "
                    + "hasPreviousPage startCursor endCursor } edges { cursor } } }");
        }
        for (var order : List.of("[]", "[CODE_DESC]", "[INDICATOR_DESC, YEAR_ASC]", "[YEAR_DESC, CODE_ASC]")) {
            pageThrough("observations", "query ($after: String) { observations(first: 9, after: $after, orderBy: "
                    + order + ") { totalCount nodes { code year kind periodZh startYear value unit indicator { code } "
                    + "region { code } park { code } } pageInfo { hasNextPage hasPreviousPage endCursor } "
                    + "edges { cursor } } }");
        }
        assertCompiledSame("{ targets(first: 0) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }",
                Map.of());
        assertCompiledSame(
                """
                            { region(code: "130109") { observations(first: 3) { totalCount nodes { code year value } } }
                              park(code: "qx-financial-business-demonstration-zone") { observations { totalCount edges { cursor
                        node { code } } } }
                              indicator(code: "gdp") { observations(first: 50) { totalCount nodes { code region { nameZh } } } } }""",
                Map.of());
    }

    @Test
    void answersFiltersAsFieldByField() throws SQLException {
        // With the tables' sizes known, a short list is read by its filter first and a long one by its order
        // (QueryCompiler.connection); the filters below take both reads.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("ANALYZE target, observation");
        }
        var targets = "query ($filter: TargetFilter, $asOf: Int) { targets(filter: $filter, asOf: $asOf, first: 20) "
                + "{ totalCount nodes { code region { code } park { code } } pageInfo { hasNextPage endCursor } } }";
        for (var filter : List.of(Map.of("region", "130109", "targetYear", Map.of("from", 2021, "to", 2025)),
                Map.of("region", "130100"), Map.of("region", "SJZ-HTZ"), Map.of("indicators", List.of("gdp")),
                Map.of("categories", List.of("ECONOMY", "ENVIRONMENT")), Map.of("comparators", List.of("GTE")),
                Map.of("plan", PLAN, "programme", 3), Map.of("plan", PLAN, "task", 7),
                Map.of("statuses", List.of("ACHIEVED", "NO_DATA")), Map.of("document", PLAN),
                Map.of("text", "税收"), Map.of("text", "gdp"),
                Map.of("or", List.of(Map.of("region", "130104"), Map.of("not", Map.of("targetYear",
                        Map.of("from", 2022))))),
                Map.of("and", List.of(Map.of("text", "GDP"), Map.of("targetYear", Map.of("to", 2025)))))) {
            assertCompiledSame(targets, Map.of("filter", filter));
            assertCompiledSame("query ($filter: TargetFilter) { targets(filter: $filter) { totalCount } }",
                    Map.of("filter", filter));
            assertCompiledSame(targets, Map.of("filter", filter, "asOf", 2020));
        }
        var observations = "query ($filter: ObservationFilter) { observations(filter: $filter, first: 30, "
                + "orderBy: [INDICATOR_ASC, YEAR_DESC]) { totalCount nodes { code year kind indicator { code } } "
                + "pageInfo { hasNextPage endCursor } } }";
        for (var filter : List.of(Map.of("region", "130109", "year", Map.of("from", 2020, "to", 2021)),
                Map.of("region", "130100"), Map.of("kinds", List.of("ACTUAL")), Map.of("indicators",
                        List.of("gdp", "financial-sector-tax")),
                Map.of("document", "gaocheng-year-in-review-2020"), Map.of("text", "税"),
                Map.of("not", Map.of("year", Map.of("from", 2021))),
                Map.of("or", List.of(Map.of("park", "qx-financial-business-demonstration-zone"),
                        Map.of("categories", List.of("ECONOMY")))))) {
            assertCompiledSame(observations, Map.of("filter", filter));
            assertCompiledSame("query ($filter: ObservationFilter) { observations(filter: $filter) { totalCount "
                    + "pageInfo { hasPreviousPage } } }", Map.of("filter", filter));
        }
    }

    /**
     * A figure filter of scopes, indicators and years is counted from table series_year (FigureFilters.bySeriesYear),
     * any other by reading the figures: either way, compiled or not, the count is the number of figures listed.
     */
    @Test
    void countsTheFiguresAFilterKeeps() {
        var query = "query ($filter: ObservationFilter) { observations(filter: $filter, first: 100) { totalCount "
                + "nodes { code } pageInfo { hasNextPage } } }";
        var noFilter = new HashMap<String, Object>();
        noFilter.put("filter", null);
        var counts = new ArrayList<Integer>();
        for (var variables : List.of(noFilter, Map.<String, Object> of("filter", Map.of("region", "130109", "year",
                Map.of("from", 2020, "to", 2020))), Map.<String, Object> of("filter", Map.of("region", "130100")),
                Map.<String, Object> of("filter", Map.of("year", Map.of("from", 2021))),
                Map.<String, Object> of("filter", Map.of("indicators", List.of("key-projects-started", "area"), "year",
                        Map.of("to", 2020))),
                Map.<String, Object> of("filter", Map.of("text", "项目", "not", Map.of("year", Map.of("from", 2021)))),
                Map.<String, Object> of("filter", Map.of("or", List.of(Map.of("categories", List.of("ECONOMY")),
                        Map.of("park", "qx-financial-business-demonstration-zone")))),
                Map.<String, Object> of("filter", Map.of("kinds", List.of("ACTUAL"), "year", Map.of("from", 2020))),
                Map.<String, Object> of("filter", Map.of("document", "gaocheng-year-in-review-2020")))) {
            for (boolean compiled : List.of(true, false)) {
                execution.enabled(compiled);
                var answer = JsonPath.from(post(query, variables));
                assertFalse(answer.getBoolean("data.observations.pageInfo.hasNextPage"), variables.toString());
                int count = answer.getInt("data.observations.totalCount");
                assertEquals(answer.getList("data.observations.nodes").size(), count, variables.toString());
                counts.add(count);
            }
        }
        assertTrue(counts.stream().allMatch(n -> n > 0), "every filter keeps figures: " + counts);
        assertEquals(counts.size(), 18);
    }

    @Test
    void leavesUnknownCodesToTheFieldByFieldErrors() {
        var sql = compiledCount();
        var answer = JsonPath.from(assertSame("{ targets(filter: {region: \"藁城区\"}) { totalCount } }", Map.of()));
        assertEquals("UNKNOWN_CODE", answer.getString("errors[0].extensions.code"));
        assertEquals(sql, compiledCount());
    }

    @Test
    void answersAliasesFragmentsAndDirectivesAsFieldByField() {
        assertCompiledSame("""
                query ($skip: Boolean!) { __typename
                  a: plan(code: "sjz-capital-plan-2021") { ...P b: code code @skip(if: $skip) }
                  none: plan(code: "no-such-plan") { code }
                  gdp: indicator(code: "gdp") { __typename code nameZh direction targets(first: 2) { __typename
                    edges { __typename node { code } } pageInfo { __typename hasNextPage } } }
                  r: region(code: "130104") { code kind } park: park(code: "nope") { code }
                  d: document(code: "sjz-capital-plan-2021") { code fileName } }
                fragment P on Plan { id titleZh programmes { ordinal ...Q } }
                fragment Q on Programme { nameZh tasks(first: 1) { nodes { ordinal } } }""", Map.of("skip", true));
    }

    @Test
    void answersAliasesOfOneListWithTheirOwnArguments() {
        var before = compiledCount();
        var answer = JsonPath.from(post("""
                { plan(code: "sjz-capital-plan-2021") { a: tasks(first: 2) { nodes { ordinal } }
                  b: tasks(first: 1) { nodes { ordinal } } } }""", Map.of()));
        assertEquals(before + 1, compiledCount());
        assertEquals(List.of(1, 2), answer.getList("data.plan.a.nodes.ordinal"));
        assertEquals(List.of(1), answer.getList("data.plan.b.nodes.ordinal"));
    }

    /**
     * The defect of SmallRye GraphQL 2.17 that compiled queries avoid: field by field, its batch of a list field
     * takes the arguments of one of its occurrences for all. Fails once SmallRye batches by arguments; then the
     * random queries may ask a list field twice with different pages.
     */
    @Test
    void fieldByFieldAnswersAliasesOfOneListWithTheArgumentsOfOne() {
        execution.enabled(false);
        var answer = JsonPath.from(post("""
                { plan(code: "sjz-capital-plan-2021") { a: tasks(first: 2) { nodes { ordinal } }
                  b: tasks(first: 1) { nodes { ordinal } } } }""", Map.of()));
        assertEquals(List.of(1, 2), answer.getList("data.plan.b.nodes.ordinal"));
    }

    @Test
    void leavesArgumentsThatFailToTheFieldByFieldErrors() {
        for (var query : List.of("{ targets(first: 101) { nodes { code } } }",
                "{ targets(after: \"Zm9yZ2Vk\") { nodes { code } } }",
                "{ plan(code: \"no code!\") { code } }")) {
            var sql = compiledCount();
            var answer = JsonPath.from(assertSame(query, Map.of()));
            assertTrue(answer.getString("errors[0].extensions.code").startsWith("INVALID_"), query);
            assertEquals(sql, compiledCount(), query + " was compiled");
        }
    }

    @Test
    void answersRandomQueriesOverCompiledFieldsAsFieldByField() {
        var random = new Random(20261128L);
        var before = compiledCount();
        int queries = 150;
        for (int i = 0; i < queries; i++) {
            var out = new StringBuilder("{ ");
            var pages = new HashMap<String, String>();
            for (var root : List.of("plan(code: \"" + PLAN + "\")", "task(plan: \"" + PLAN + "\", ordinal: "
                    + (1 + random.nextInt(46)) + ")",
                    "targets(first: " + (1 + random.nextInt(100)) + ", orderBy: "
                            + List.of("[CODE_DESC]", "[INDICATOR_ASC]", "[TARGET_YEAR_ASC, CODE_ASC]")
                                    .get(random.nextInt(3))
                            + ")",
                    "indicator(code: \"gdp\")", "observations(first: " + (1 + random.nextInt(100)) + ", orderBy: "
                            + List.of("[CODE_DESC]", "[INDICATOR_ASC]", "[YEAR_DESC]").get(random.nextInt(3)) + ")")) {
                if (random.nextBoolean()) {
                    var name = root.substring(0, root.indexOf(root.contains("(") ? '(' : ' '));
                    out.append("r").append(out.length()).append(": ").append(root);
                    selection(random, schema.getQueryType().getFieldDefinition(name), out, 0, pages);
                }
            }
            var query = out.append(" __typename }").toString();
            var compiled = compiledCount();
            var answer = assertSame(query, Map.of());
            // A random query may cost more than the server answers (QUERY_TOO_COMPLEX), compiled or not.
            if (!answer.contains("\"QUERY_TOO_COMPLEX\"")) {
                assertEquals(compiled + 1, compiledCount(), "not compiled: " + query + "\n" + answer);
            }
        }
        assertTrue(compiledCount() - before >= queries / 2, "too few compiled: " + (compiledCount() - before));
    }

    /**
     * A random selection of compiled fields. Field by field, SmallRye GraphQL answers every occurrence of a list field
     * in one request with the arguments and selection of one of them (answersAliasesOfOneListWithTheirOwnArguments),
     * so each list field gets one page size per query ({@code pages}) and every connection selects totalCount.
     */
    private void selection(Random random, GraphQLFieldDefinition field, StringBuilder out, int depth,
            Map<String, String> pages) {
        var type = GraphQLTypeUtil.unwrapAll(field.getType());
        if (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType) {
            return;
        }
        var object = (GraphQLObjectType) type;
        out.append(" { __typename");
        var fields = object.getFieldDefinitions().stream().filter(f -> object.getName().endsWith("Connection")
                || object.getName().endsWith("Edge") || object.getName().equals("PageInfo")
                || sqlSchema.declares(object.getName(), f.getName())).toList();
        if (object.getName().endsWith("Connection")) {
            out.append(" totalCount");
        }
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            var child = fields.get(random.nextInt(fields.size()));
            var nested = !(GraphQLTypeUtil.unwrapAll(child.getType()) instanceof GraphQLScalarType
                    || GraphQLTypeUtil.unwrapAll(child.getType()) instanceof GraphQLEnumType);
            if (nested && depth >= 4) {
                continue;
            }
            out.append(" f").append(i).append(": ").append(child.getName());
            if (child.getArgument("first") != null) {
                out.append(pages.computeIfAbsent(object.getName() + "." + child.getName(), f -> page(random)));
            }
            selection(random, child, out, depth + 1, pages);
        }
        out.append(" }");
    }

    private static String page(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "(first: " + List.of(0, 1, 2, 3, 100).get(random.nextInt(5)) + ")";
            case 2 -> "(first: 2)";
            default -> "(first: 5)";
        };
    }

    /** Up to 12 pages of a root list, each after the last cursor of the one before, compiled and field by field. */
    private void pageThrough(String list, String query) {
        String after = null;
        for (int page = 0; page < 12; page++) {
            var variables = new HashMap<String, Object>();
            variables.put("after", after);
            var answer = JsonPath.from(assertCompiledSame(query, variables));
            if (!answer.getBoolean("data." + list + ".pageInfo.hasNextPage")) {
                return;
            }
            after = answer.getString("data." + list + ".pageInfo.endCursor");
        }
    }

    /** Asserts that the query answers the same compiled and field by field, and that it was compiled. */
    private String assertCompiledSame(String query, Map<String, Object> variables) {
        var before = compiledCount();
        var answer = assertSame(query, variables);
        assertEquals(before + 1, compiledCount(), "not compiled: " + query + "\n" + answer);
        return answer;
    }

    private String assertSame(String query, Map<String, Object> variables) {
        var compiled = post(query, variables);
        execution.enabled(false);
        var byFields = post(query, variables);
        execution.enabled(true);
        assertEquals(byFields, compiled, query);
        return compiled;
    }

    private static String post(String query, Map<String, Object> variables) {
        var body = new HashMap<String, Object>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200).extract()
                .asString();
    }

    private double compiledCount() {
        return registry.counter("cityplan.queries", "execution", "sql").count();
    }
}
