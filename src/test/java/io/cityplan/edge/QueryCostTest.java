package io.cityplan.edge;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The cost rule of {@link QueryCost}, its limit, and the bounds on arguments. */
@QuarkusTest
class QueryCostTest {

    private static final int LIMIT = 50_000;
    private static final String PLAN = "{ plan(code: \"sjz-capital-plan-2021\") { programmes { tasks { %s } } } }";

    private static int cost(String document, Map<String, Object> variables) {
        return post(document, variables).statusCode(200).body("extensions.cost.limit", equalTo(LIMIT))
                .extract().path("extensions.cost.requested");
    }

    private static int cost(String document) {
        return cost(document, Map.of());
    }

    @Test
    void everyResponseThatRanReportsItsCostAndTheLimit() {
        // plans is a list that is not paged: 1 + 30 × (code: 1).
        query("{ plans { code } }").body("extensions.cost.requested", equalTo(31))
                .body("extensions.cost.limit", equalTo(LIMIT));
        // A field that fails still ran: the response has data and its cost.
        post("{ region(code: \"nope\") { code } plans { code } }", Map.of()).statusCode(200)
                .body("data.plans[0].code", equalTo("sjz-capital-plan-2021"))
                .body("extensions.cost.requested", equalTo(34));
    }

    @Test
    void aPageCountsItsFieldsOncePerItemAskedFor() {
        // targets: 1 + first (1 value) + nodes (1 + 7 × code); its statement 20.
        assertEquals(1 + 1 + (1 + 7) + QueryCost.STATEMENT, cost("{ targets(first: 7) { nodes { code } } }"));
        // No first: a page of 100.
        assertEquals(1 + (1 + 100 * 2) + QueryCost.STATEMENT, cost("{ targets { nodes { code value } } }"));
        // Variables count as the values they hold.
        assertEquals(cost("{ targets(first: 7) { nodes { code } } }"),
                cost("query($n: Int) { targets(first: $n) { nodes { code } } }", Map.of("n", 7)));
    }

    /** A request sent again reuses its cost, worked out for its variables; one refused is refused again. */
    @Test
    void aRequestSentAgainCostsTheSameForItsVariables() {
        var paged = "query($n: Int) { targets(first: $n) { nodes { code } } }";
        for (int i = 0; i < 3; i++) {
            assertEquals(1 + 1 + (1 + 7) + QueryCost.STATEMENT, cost(paged, Map.of("n", 7)));
            assertEquals(1 + 1 + (1 + 70) + QueryCost.STATEMENT, cost(paged, Map.of("n", 70)));
        }
        var tooCostly = "query($n: Int) { targets(first: $n) { nodes { indicator { targets(first: $n) { nodes { code "
                + "value unit targetYear comparator form } } } } } }";
        for (int i = 0; i < 3; i++) {
            assertEquals(1 + 1 + 1 + 2 * (1 + 1 + 1 + 1 + 2 * 6) + 2 * QueryCost.STATEMENT,
                    cost(tooCostly, Map.of("n", 2)));
            post(tooCostly, Map.of("n", 100)).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        }
    }

    @Test
    void aStatementCountsOnceHoweverManyParentsItServes() {
        var without = cost(PLAN.formatted("nodes { ordinal }"));
        var with = cost(PLAN.formatted("totalCount nodes { ordinal }"));
        // The count's value is resolved for each of the (at most 30) programmes; its statement serves them all.
        assertEquals(30 + QueryCost.COUNT, with - without);
    }

    @Test
    void aQueryOverTheLimitIsRefusedBeforeItRunsWithItsCost() {
        // Each alias of 100 targets with 10 fields: about 1,100; fifty of them cost more than the limit.
        var aliases = IntStream.range(0, 50).mapToObj(i -> "a" + i + ": targets(first: 100) { nodes { code value "
                + "unit targetYear comparator form note startYear baselineValue baselineYear } }")
                .collect(Collectors.joining(" "));
        post("{ " + aliases + " }", Map.of()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", containsString("the limit is " + LIMIT))
                .body("extensions.cost.requested", greaterThan(LIMIT))
                .body("extensions.cost.limit", equalTo(LIMIT));
    }

    @Test
    void pagesNestedInPagesMultiply() {
        // 100 targets, each with 100 of its indicator's targets of 6 fields: 60,000 values, refused.
        post("{ targets(first: 100) { nodes { indicator { targets(first: 100) { nodes { code value unit targetYear "
                + "comparator form } } } } } }",
                Map.of()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("extensions.cost.requested", greaterThan(LIMIT));
    }

    @Test
    void aCostTooLargeToAddUpIsReportedAsAtLeast() {
        var nested = "{ targets(first: 100) { nodes { indicator { targets(first: 100) { nodes { indicator { "
                + "targets(first: 100) { nodes { indicator { targets(first: 100) { nodes { code } } } } } } } } } } } }";
        post(nested, Map.of()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", containsString("costs at least"))
                .body("extensions.cost.atLeast", equalTo(true));
    }

    @Test
    void expensiveFieldsCostWhatTheyReadOncePerField() {
        var stats = "{ targetStats(filter: %s) { total } }";
        // Counts kept per task answer a task's statistics; any other filter judges every target it keeps.
        var byTask = cost(stats.formatted("{ plan: \"sjz-capital-plan-2021\", task: 4 }"));
        var byRegion = cost(stats.formatted("{ region: \"130104\" }"));
        assertEquals(QueryCost.STATS, byRegion - byTask + 1);
        var latest = cost("{ observations(mostRecent: 1, first: 1) { nodes { code } } }");
        var page = cost("{ observations(first: 1) { nodes { code } } }");
        assertEquals(QueryCost.MOST_RECENT + 1, latest - page);
        var oneTerm = cost("{ search(text: \"gdp\", first: 1) { nodes { score } } }");
        var threeTerms = cost("{ search(text: \"gdp 税收 park\", first: 1) { nodes { score } } }");
        assertEquals(2 * QueryCost.SEARCH_TERM, threeTerms - oneTerm);
    }

    @Test
    void aListArgumentHoldsAtMostAHundredItemsCountingNestedLists() {
        // A filter of 101 region alternatives: before this bound, thousands of them ran for minutes.
        var or = IntStream.range(0, 101).mapToObj(i -> Map.<String, Object> of("region", "130104")).toList();
        post("query($f: TargetFilter) { targets(filter: $f) { totalCount } }", Map.of("f", Map.of("or", or)))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("targets(filter:) holds 101 list items; an argument may hold at "
                        + "most 100, counting those of nested lists"));
        // 60 + 60 in two nested lists: 121.
        var codes = Collections.nCopies(60, "gdp");
        post("query($f: ObservationFilter) { observations(filter: $f) { totalCount } }",
                Map.of("f", Map.of("indicators", codes, "and", List.of(Map.of("indicators", codes)))))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        var orders = Collections.nCopies(101, "TARGET_YEAR_ASC");
        post("query($o: [TargetOrder!]) { targets(orderBy: $o) { totalCount } }", Map.of("o", orders))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        // 100 items answer.
        query("query($f: TargetFilter) { targets(filter: $f) { totalCount } }",
                Map.of("f", Map.of("or", or.subList(0, 100)))).body("data.targets.totalCount", greaterThan(0));
    }

    @Test
    void aFilterNestsAtMostFiveDeep() {
        Map<String, Object> filter = Map.of("region", "130104");
        for (int i = 0; i < 5; i++) {
            filter = Map.of("not", filter);
        }
        var deep = new HashMap<String, Object>(Map.of("f", filter));
        post("query($f: TargetFilter) { targets(filter: $f) { totalCount } }", deep).statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("targets(filter:) nests input objects more than 5 deep"));
        query("query($f: TargetFilter) { targets(filter: $f) { totalCount } }", Map.of("f", ((Map<?, ?>) filter.get(
                "not")))).body("data.targets.totalCount", greaterThan(0));
    }

    @Test
    void aSearchTextHoldsAtMostTenTerms() {
        var terms = String.join(" ", Collections.nCopies(11, "gdp"));
        post("query($t: String!) { search(text: $t) { totalCount } }", Map.of("t", terms)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("text must hold at most 10 terms, not 11"));
    }
}
