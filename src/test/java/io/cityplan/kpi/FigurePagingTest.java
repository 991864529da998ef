package io.cityplan.kpi;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Lists of targets and figures are paged by PostgreSQL: every order pages forward and backward through the whole list
 * once, nested lists page per parent, and statuses kept for filters agree with the rule.
 */
@QuarkusTest
class FigurePagingTest {

    @Inject
    DataSource dataSource;

    private static final String TARGETS = """
            query Targets($orderBy: [TargetOrder!], $first: Int, $after: String, $last: Int, $before: String) {
              targets(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                nodes { code targetYear indicator { code } }
              }
            }""";

    @ParameterizedTest
    @ValueSource(strings = { "TARGET_YEAR_ASC", "TARGET_YEAR_DESC", "INDICATOR_ASC", "INDICATOR_DESC", "CODE_DESC",
            "INDICATOR_DESC,TARGET_YEAR_ASC", "TARGET_YEAR_DESC,INDICATOR_ASC" })
    void pagesEveryOrderForwardAndBackwardThroughEveryTargetOnce(String order) {
        var orderBy = List.of(order.split(","));
        var forward = pages(orderBy, true);
        int total = query(TARGETS, Map.of("orderBy", orderBy, "first", 0)).extract().path("data.targets.totalCount");
        assertEquals(total, forward.size());
        assertEquals(total, new HashSet<>(forward.stream().map(n -> n.get("code")).toList()).size());
        assertEquals(forward.stream().sorted(comparator(orderBy)).toList(), forward);
        var backward = pages(orderBy, false);
        Collections.reverse(backward);
        assertEquals(forward, backward);
    }

    /**
     * With statistics, a short filtered list whose total is asked for is read by its filter first and sorted; without
     * the total it is walked in the order's index (FigureLists.fewEnoughToReadFirst). Both read the same pages.
     */
    @ParameterizedTest
    @ValueSource(strings = { "TARGET_YEAR_ASC", "INDICATOR_DESC,TARGET_YEAR_ASC" })
    void pagesAFilteredListTheSameWhetherOrNotItsTotalIsAskedFor(String order) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("ANALYZE target");
        }
        var counted = """
                query Targets($filter: TargetFilter, $orderBy: [TargetOrder!], $first: Int, $after: String) {
                  targets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                    totalCount pageInfo { hasNextPage endCursor } nodes { code }
                  }
                }""";
        var uncounted = counted.replace("totalCount ", "");
        for (var region : List.of("130104", "130109", "130100")) {
            Map<String, Object> filter = Map.of("region", region);
            List<String> read = readAll(counted, filter, List.of(order.split(",")));
            assertEquals(read, readAll(uncounted, filter, List.of(order.split(","))), region);
            assertEquals(read.size(), query(counted, Map.of("filter", filter, "first", 0))
                    .extract().<Integer> path("data.targets.totalCount"), region);
        }
    }

    private static List<String> readAll(String document, Map<String, Object> filter, List<String> orderBy) {
        var codes = new ArrayList<String>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var variables = new HashMap<String, Object>(Map.of("filter", filter, "orderBy", orderBy, "first", 2));
            if (cursor != null) {
                variables.put("after", cursor);
            }
            var page = query(document, variables).extract();
            codes.addAll(page.<List<String>> path("data.targets.nodes.code"));
            more = page.path("data.targets.pageInfo.hasNextPage");
            cursor = page.path("data.targets.pageInfo.endCursor");
        }
        return codes;
    }

    /** Every node, page by page of 7, forward from the start or backward from the end. */
    private static List<Map<String, Object>> pages(List<String> orderBy, boolean forward) {
        var nodes = new ArrayList<Map<String, Object>>();
        String cursor = null;
        boolean more = true;
        boolean first = true;
        while (more) {
            var variables = new HashMap<String, Object>(Map.of("orderBy", orderBy, forward ? "first" : "last", 7));
            if (cursor != null) {
                variables.put(forward ? "after" : "before", cursor);
            }
            var page = query(TARGETS, variables).extract();
            List<Map<String, Object>> got = page.path("data.targets.nodes");
            var flat = got.stream().map(n -> Map.<String, Object> of("code", n.get("code"), "targetYear",
                    n.get("targetYear"), "indicator", ((Map<?, ?>) n.get("indicator")).get("code"))).toList();
            var inOrder = new ArrayList<>(flat);
            if (!forward) {
                Collections.reverse(inOrder);
            }
            nodes.addAll(inOrder);
            more = page.path(forward ? "data.targets.pageInfo.hasNextPage" : "data.targets.pageInfo.hasPreviousPage");
            boolean behind = page.path(forward ? "data.targets.pageInfo.hasPreviousPage"
                    : "data.targets.pageInfo.hasNextPage");
            assertEquals(!first, behind, "whether items lie behind the cursor");
            cursor = page.path(forward ? "data.targets.pageInfo.endCursor" : "data.targets.pageInfo.startCursor");
            first = false;
        }
        return nodes;
    }

    private static Comparator<Map<String, Object>> comparator(List<String> orderBy) {
        Comparator<Map<String, Object>> order = (a, b) -> 0;
        for (var o : orderBy) {
            var field = o.startsWith("TARGET_YEAR") ? "targetYear" : o.startsWith("INDICATOR") ? "indicator" : "code";
            @SuppressWarnings({ "unchecked", "rawtypes" })
            Comparator<Map<String, Object>> one = Comparator.comparing(n -> (Comparable) n.get(field));
            order = order.thenComparing(o.endsWith("_DESC") ? one.reversed() : one);
        }
        return order.thenComparing(n -> (String) n.get("code"));
    }

    @Test
    void pagesANestedListOfFiguresPerParent() {
        var document = """
                query($after: String) {
                  indicators(first: 100) { nodes { code observations(first: 2, after: $after) {
                    totalCount pageInfo { hasNextPage endCursor } nodes { code year } } } }
                }""";
        List<Map<String, Object>> indicators = query(document, Map.of()).extract().path("data.indicators.nodes");
        for (var indicator : indicators) {
            var page = (Map<?, ?>) indicator.get("observations");
            int total = (Integer) page.get("totalCount");
            assertEquals(Math.min(2, total), ((List<?>) page.get("nodes")).size(), indicator.get("code").toString());
            assertEquals(total > 2, ((Map<?, ?>) page.get("pageInfo")).get("hasNextPage"));
        }
    }

    @Test
    void refusesAForgedCursorOfTheRightList() {
        var forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "cursor:Target[TARGET_YEAR_ASC]:twenty\u001fqx-land-transfer-2021".getBytes(StandardCharsets.UTF_8));
        post(TARGETS, Map.of("after", forged)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"));
        var shortOne = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("cursor:Target[TARGET_YEAR_ASC]:2021".getBytes(StandardCharsets.UTF_8));
        post(TARGETS, Map.of("after", shortOne)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "ACTUAL", "EXPECTED" })
    void keepsTheFiguresOfTheMostRecentYearOfEachSeriesAmongThoseTheFilterKeeps(String kind) {
        var document = """
                query($mostRecent: Int, $after: String, $filter: ObservationFilter) {
                  observations(filter: $filter, mostRecent: $mostRecent, first: 100, after: $after) {
                    pageInfo { hasNextPage endCursor }
                    nodes { code year form indicator { code } region { code } park { code } project { code } }
                  }
                }""";
        Map<String, Object> filter = kind.isEmpty() ? null : Map.of("kinds", List.of(kind));
        var all = every(document, filter, null);
        Function<Map<String, Object>, String> series = n -> String.join("|", code(n, "indicator"), code(n, "region"),
                code(n, "park"), code(n, "project"), (String) n.get("form"));
        var latest = all.stream().collect(Collectors.toMap(series, n -> (Integer) n.get("year"), Math::max));
        var expected = all.stream().filter(n -> n.get("year").equals(latest.get(series.apply(n))))
                .map(n -> n.get("code")).sorted().toList();
        var kept = every(document, filter, 1).stream().map(n -> n.get("code")).sorted().toList();
        assertEquals(expected, kept);
        assertFalse(kept.isEmpty());
    }

    private static List<Map<String, Object>> every(String document, Map<String, Object> filter, Integer mostRecent) {
        var nodes = new ArrayList<Map<String, Object>>();
        String after = null;
        boolean more = true;
        while (more) {
            var variables = new HashMap<String, Object>();
            if (filter != null) {
                variables.put("filter", filter);
            }
            if (mostRecent != null) {
                variables.put("mostRecent", mostRecent);
            }
            if (after != null) {
                variables.put("after", after);
            }
            var page = query(document, variables).extract();
            nodes.addAll(page.<List<Map<String, Object>>> path("data.observations.nodes"));
            more = page.path("data.observations.pageInfo.hasNextPage");
            after = page.path("data.observations.pageInfo.endCursor");
        }
        return nodes;
    }

    private static String code(Map<String, Object> node, String field) {
        var value = (Map<?, ?>) node.get(field);
        return value == null ? "" : (String) value.get("code");
    }

    @ParameterizedTest
    @ValueSource(ints = { 2020, 2021, 2022, 2024, 2026 })
    void keptStatusesAgreeWithTheRuleForEveryTarget(int asOf) {
        var document = """
                query($asOf: Int, $after: String) {
                  targets(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
                    nodes { code progress(asOf: $asOf) { status } } }
                  targetStats(asOf: $asOf) { byStatus { status count } }
                }""";
        var judged = new HashMap<String, List<String>>();
        String after = null;
        boolean more = true;
        List<Map<String, Object>> stats = null;
        while (more) {
            var variables = new HashMap<String, Object>(Map.of("asOf", asOf));
            if (after != null) {
                variables.put("after", after);
            }
            var page = query(document, variables).extract();
            List<Map<String, Object>> nodes = page.path("data.targets.nodes");
            nodes.forEach(n -> judged.computeIfAbsent((String) ((Map<?, ?>) n.get("progress")).get("status"),
                    k -> new ArrayList<>()).add((String) n.get("code")));
            stats = page.path("data.targetStats.byStatus");
            more = page.path("data.targets.pageInfo.hasNextPage");
            after = page.path("data.targets.pageInfo.endCursor");
        }
        for (var count : stats) {
            var status = (String) count.get("status");
            var expected = judged.getOrDefault(status, List.of()).stream().sorted().toList();
            assertEquals(expected.size(), count.get("count"), status + " counted as of " + asOf);
            List<String> filtered = query("""
                    query($asOf: Int, $statuses: [TargetStatus!]) {
                      targets(asOf: $asOf, filter: { statuses: $statuses }, first: 100) { nodes { code } }
                    }""", Map.of("asOf", asOf, "statuses", List.of(status))).extract().path("data.targets.nodes.code");
            assertEquals(expected, filtered.stream().sorted().toList(), status + " kept as of " + asOf);
        }
        assertFalse(judged.isEmpty());
    }
}
