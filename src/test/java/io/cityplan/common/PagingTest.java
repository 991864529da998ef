package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Lists that grow are cursor connections: a client pages through them as through GitHub's. */
@QuarkusTest
class PagingTest {

    private static final String INDICATORS = """
            query Indicators($first: Int, $after: String) {
              indicators(first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { code } }
                nodes { code }
              }
            }""";

    @Test
    void pagesThroughEveryIndicatorOnceInCodeOrder() {
        var codes = new ArrayList<String>();
        String after = null;
        boolean more = true;
        while (more) {
            var variables = new HashMap<String, Object>(Map.of("first", 40));
            if (after != null) {
                variables.put("after", after);
            }
            var page = query(INDICATORS, variables).body("data.indicators.totalCount", equalTo(146));
            codes.addAll(page.extract().path("data.indicators.nodes.code"));
            more = page.extract().path("data.indicators.pageInfo.hasNextPage");
            after = page.extract().path("data.indicators.pageInfo.endCursor");
        }
        assertEquals(146, codes.size());
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void pagesANestedListForEachParent() {
        query("""
                {
                  regions { code targets(first: 2) { totalCount nodes { code } pageInfo { hasNextPage } } }
                }""")
                .body("data.regions.targets.nodes", everyItem(hasSize(lessThanOrEqualTo(2))))
                .body("data.regions.find { it.code == '130100' }.targets.nodes", hasSize(2))
                .body("data.regions.find { it.code == '130100' }.targets.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void pagesBackwardFromTheEnd() {
        query("{ indicators(last: 1) { nodes { code } pageInfo { hasPreviousPage hasNextPage } } }")
                .body("data.indicators.nodes.code", equalTo(List.of("yearly-tax")))
                .body("data.indicators.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.indicators.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void rejectsPageSizeAbove100() {
        post("{ indicators(first: 101) { totalCount } }", Map.of())
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void rejectsACursorItDidNotHandOut() {
        post("{ indicators(after: \"bogus\") { totalCount } }", Map.of())
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void rejectsACursorOfAnotherList() {
        String targetCursor = query("{ region(code: \"130100\") { targets(first: 1) { edges { cursor } } } }")
                .extract().path("data.region.targets.edges[0].cursor");
        post("query($after: String) { indicators(after: $after) { totalCount } }", Map.of("after", targetCursor))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"));
    }
}
