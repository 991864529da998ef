package io.cityplan.search;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchGraphQLApiTest {

    private static final String SEARCH = """
            query Search($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
              search(text: $text, kinds: $kinds, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes {
                  kind field text score
                  node {
                    __typename id
                    ... on Region { code }
                    ... on Indicator { code }
                    ... on Task { ordinal }
                  }
                }
              }
            }""";

    @Test
    void findsAChineseNameByAnyPartOfIt() {
        query(SEARCH, Map.of("text", "金融业"))
                .body("data.search.nodes.find { it.kind == 'INDICATOR' }.node.code", equalTo("financial-sector-tax"))
                .body("data.search.nodes.find { it.kind == 'INDICATOR' }.field", equalTo("nameZh"));
    }

    @Test
    void ranksAWholeNameFirst() {
        query(SEARCH, Map.of("text", "桥西区"))
                .body("data.search.nodes[0].node.code", equalTo("130104"))
                .body("data.search.nodes[0].field", equalTo("nameZh"))
                .body("data.search.nodes[0].score", equalTo(100.0f));
        query(SEARCH, Map.of("text", "qiaoxi"))
                .body("data.search.nodes[0].node.code", equalTo("130104"))
                .body("data.search.nodes[0].field", equalTo("nameEn"));
    }

    @Test
    void everyTermMustMatchAndKindsNarrowTheHits() {
        query(SEARCH, Map.of("text", "digital economy", "kinds", List.of("INDICATOR")))
                .body("data.search.nodes.kind", everyItem(is("INDICATOR")))
                .body("data.search.nodes.node.code", hasItem("digital-economy-share"));
        query(SEARCH, Map.of("text", "生态", "kinds", List.of("TASK")))
                .body("data.search.totalCount", greaterThan(0))
                .body("data.search.nodes.node.__typename", everyItem(is("Task")));
    }

    @Test
    void pagesThroughTheHits() {
        var first = query(SEARCH, Map.of("text", "区", "first", 2));
        first.body("data.search.nodes.size()", equalTo(2)).body("data.search.pageInfo.hasNextPage", equalTo(true));
        String after = first.extract().path("data.search.pageInfo.endCursor");
        List<String> firstIds = first.extract().path("data.search.nodes.node.id");
        query(SEARCH, Map.of("text", "区", "first", 2, "after", after))
                .body("data.search.nodes.node.id", everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers
                        .in(firstIds))));
    }

    @Test
    void rejectsABlankText() {
        post(SEARCH, Map.of("text", "   "))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }
}
