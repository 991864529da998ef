package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NodeGraphQLApiTest {

    private static final String NODES = """
            query Nodes($ids: [String!]!) {
              nodes(ids: $ids) {
                __typename id
                ... on Region { code nameZh }
                ... on Task { ordinal }
                ... on Indicator { code }
                ... on Citation { quote }
              }
            }""";

    @Test
    void resolvesTheIdsOfEveryTypeInTheOrderGiven() {
        var region = GlobalId.of("Region", "130104");
        var task = GlobalId.of("Task", "sjz-capital-plan-2021/T4");
        var indicator = GlobalId.of("Indicator", "gdp");
        var unknown = GlobalId.of("Region", "999999");
        query(NODES, Map.of("ids", List.of(task, region, unknown, indicator, region)))
                .body("data.nodes", hasSize(5))
                .body("data.nodes[2]", nullValue())
                .body("data.nodes.findAll { it != null }.__typename", contains("Task", "Region", "Indicator", "Region"))
                .body("data.nodes[0].ordinal", equalTo(4))
                .body("data.nodes[1].nameZh", equalTo("桥西区"))
                .body("data.nodes[1].id", equalTo(region))
                .body("data.nodes[3].code", equalTo("gdp"));
    }

    @Test
    void everyIdAnObjectGivesResolvesToThatObject() {
        String citationId = query("{ plan(code: \"sjz-capital-plan-2021\") { citation { id quote } } }")
                .extract().path("data.plan.citation.id");
        query("query($id: ID!) { node(id: $id) { id ... on Citation { quote } } }", Map.of("id", citationId))
                .body("data.node.id", equalTo(citationId))
                .body("data.node.quote", containsString("实施方案"));
    }

    @Test
    void anIdThatIsNotOursIsAnInvalidIdError() {
        post("{ node(id: \"not-an-id\") { id } }", Map.of())
                .statusCode(200)
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ID"))
                .body("errors[0].message", containsString("'not-an-id' is not a global id"))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void moreThanAHundredIdsIsAnInvalidArgumentError() {
        var ids = Collections.nCopies(101, GlobalId.of("Region", "130104"));
        post(NODES, Map.of("ids", ids))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("nodes(ids:) holds 101 list items"));
    }
}
