package io.cityplan.kpi;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cityplan.common.GlobalId;
import io.quarkus.test.junit.QuarkusTest;

/** Milestones: targets without a number, judged from the outcomes documents report, listed and counted. */
@QuarkusTest
class MilestonesTest {

    private static final String TASK_32 = """
            query Task32($asOf: Int) {
              task(plan: "sjz-capital-plan-2021", ordinal: 32) {
                milestones {
                  code dueYear dueZh statementZh statement(lang: EN) citation { quote }
                  project { code } region { code } task { ordinal }
                  outcomes { code year kind done citation { quote } }
                  progress(asOf: $asOf) { status asOf onTime latest { code } outlook { code } }
                }
                targets { nodes { code progress(asOf: $asOf) { status } } }
              }
            }""";

    @Test
    void theReviewOf2021JudgesTask32sMilestones() {
        query(TASK_32, Map.of("asOf", 2021))
                .body("data.task.milestones.code",
                        contains("m32-expressway-tolls-ended-2021", "m32-third-ring-side-road-2021"))
                .body("data.task.milestones.dueYear", everyItem(equalTo(2021)))
                .body("data.task.milestones[0].dueZh", equalTo("今年9月30日前"))
                .body("data.task.milestones[0].region.code", equalTo("130100"))
                .body("data.task.milestones[1].project.code", equalTo("third-ring-side-road"))
                .body("data.task.milestones[1].statementZh", equalTo("9月30日前打通三环路辅路所有堵点,实现三环路辅路全线贯通"))
                .body("data.task.milestones[1].citation.quote", equalTo("9月30日前打通三环路辅路所有堵点,实现三环路辅路全线贯通"))
                .body("data.task.milestones[0].task.ordinal", equalTo(32))
                .body("data.task.milestones[0].outcomes.code", contains("ewc-expressway-tolls-ended-2021"))
                .body("data.task.milestones[0].outcomes[0].citation.quote", equalTo("实现三环辅道全线贯通、三环内高速公路取消收费"))
                .body("data.task.milestones[1].outcomes[0].kind", equalTo("ACTUAL"))
                .body("data.task.milestones[1].outcomes[0].done", equalTo(true))
                .body("data.task.milestones.progress.status", everyItem(equalTo("ACHIEVED")))
                .body("data.task.milestones.progress.onTime", everyItem(equalTo(true)))
                .body("data.task.milestones[1].progress.latest.code", equalTo("ewc-third-ring-side-road-2021"))
                .body("data.task.milestones[1].progress.outlook", nullValue())
                // The report says the tolls ended, not that the six toll stations were removed: the count stays unjudged.
                .body("data.task.targets.nodes.find { it.code == 't32-toll-stations-removed-2021' }.progress.status",
                        equalTo("NO_DATA"));
        query(TASK_32, Map.of("asOf", 2020))
                .body("data.task.milestones.progress.status", everyItem(equalTo("NOT_DUE")))
                .body("data.task.milestones.progress.latest", everyItem(nullValue()));
    }

    private static final String LIST = """
            query Milestones($filter: TargetFilter, $asOf: Int, $first: Int, $after: String) {
              milestones(filter: $filter, asOf: $asOf, first: $first, after: $after) {
                totalCount nodes { code dueYear } pageInfo { hasNextPage endCursor }
              }
            }""";

    @Test
    void listsMilestonesByDueYearAndPagesThem() {
        var all = query(LIST, Map.of()).extract().<List<String>> path("data.milestones.nodes.code");
        var years = query(LIST, Map.of()).extract().<List<Integer>> path("data.milestones.nodes.dueYear");
        for (int i = 1; i < years.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(years.get(i - 1) <= years.get(i), "by due year: " + years);
        }
        var first = query(LIST, Map.of("first", 3)).body("data.milestones.totalCount", equalTo(all.size()))
                .body("data.milestones.nodes.code", equalTo(all.subList(0, 3)))
                .body("data.milestones.pageInfo.hasNextPage", equalTo(true));
        String cursor = first.extract().path("data.milestones.pageInfo.endCursor");
        query(LIST, Map.of("first", 3, "after", cursor)).body("data.milestones.nodes.code", equalTo(all.subList(3, 6)));
        var back = """
                query Back($before: String) {
                  milestones(last: 2, before: $before) { nodes { code } pageInfo { hasPreviousPage hasNextPage } }
                }""";
        String fifth = query(LIST, Map.of("first", 5)).extract().path("data.milestones.pageInfo.endCursor");
        query(back, Map.of("before", fifth)).body("data.milestones.nodes.code", equalTo(all.subList(2, 4)))
                .body("data.milestones.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.milestones.pageInfo.hasNextPage", equalTo(true));
        query(back, Map.of()).body("data.milestones.nodes.code", equalTo(all.subList(all.size() - 2, all.size())));
    }

    @Test
    void filtersAsTargetsAreFiltered() {
        query(LIST, Map.of("filter", Map.of("task", 32))).body("data.milestones.totalCount", equalTo(2));
        query(LIST, Map.of("filter", Map.of("targetYear", Map.of("from", 2025))))
                .body("data.milestones.nodes.code", contains("m06-urban-groundwater-recovered-2025",
                        "m27-new-energy-vehicles-2025", "m27-worst-water-sections-eliminated-2025",
                        "m35-metro-phase-2-started-2025"));
        query(LIST, Map.of("filter", Map.of("project", "metro-phase-2")))
                .body("data.milestones.nodes.code", contains("m35-metro-phase-2-started-2025"));
        query(LIST, Map.of("filter", Map.of("region", "130130")))
                .body("data.milestones.nodes.code", contains("m34-g338-construction-started-2022"));
        query(LIST, Map.of("filter", Map.of("document", "economic-work-conference-2021")))
                .body("data.milestones.totalCount", equalTo(0));
        query(LIST, Map.of("filter", Map.of("park", "zgc-changshan-beiming-start-area")))
                .body("data.milestones.nodes.code", contains("m23-zgc-changshan-beiming-completed-2022"));
        query(LIST, Map.of("filter", Map.of("text", "Vocational")))
                .body("data.milestones.nodes.code", contains("m36-vocational-schools-up-to-standard-2022"));
        // A NUL is in no statement, as it is in no indicator's name for targets.
        query(LIST, Map.of("filter", Map.of("text", "a\u0000b"))).body("data.milestones.totalCount", equalTo(0));
        query(LIST, Map.of("filter", Map.of("text", "劣V类")))
                .body("data.milestones.nodes.code", contains("m27-worst-water-sections-eliminated-2025"));
        query(LIST, Map.of("filter", Map.of("statuses", List.of("ACHIEVED")), "asOf", 2026))
                .body("data.milestones.nodes.code",
                        contains("m32-expressway-tolls-ended-2021", "m32-third-ring-side-road-2021"));
        // A milestone has no indicator: a filter on one keeps none, and its negation every one.
        query(LIST, Map.of("filter", Map.of("indicators", List.of("gdp")))).body("data.milestones.totalCount",
                equalTo(0));
        int total = query(LIST, Map.of()).extract().path("data.milestones.totalCount");
        query(LIST, Map.of("filter", Map.of("not", Map.of("indicators", List.of("gdp")))))
                .body("data.milestones.totalCount", equalTo(total));
        // Statuses, tasks and years combine with and, or and not as for targets.
        query(LIST, Map.of("asOf", 2021, "filter", Map.of("or", List.of(Map.of("task", 32), Map.of("task", 36)),
                "not", Map.of("statuses", List.of("ACHIEVED")))))
                .body("data.milestones.nodes.code", contains("m36-vocational-schools-up-to-standard-2022"));
        query(LIST, Map.of("asOf", 2021, "filter", Map.of("statuses", List.of("NO_DATA"),
                "and", List.of(Map.of("not", Map.of("task", 14))))))
                .body("data.milestones.nodes.code", contains("m11-emergency-water-source-works-2021",
                        "m35-intercity-railways-approvable-2021", "m38-kindergartens-and-day-care-in-service-2021"));
        post(LIST, Map.of("filter", Map.of("indicators", List.of("no-such-indicator"))))
                .body("errors[0].extensions.code", equalTo("UNKNOWN_CODE"));
    }

    private static final String STATS = """
            query Stats($filter: TargetFilter, $asOf: Int) {
              targetStats(filter: $filter, asOf: $asOf) {
                total milestones { total byStatus { status count } }
              }
            }""";

    @Test
    void targetStatsCountMilestonesByStatus() {
        int total = query(LIST, Map.of()).extract().path("data.milestones.totalCount");
        query(STATS, Map.of("asOf", 2021))
                .body("data.targetStats.milestones.total", equalTo(total))
                .body("data.targetStats.milestones.byStatus.status",
                        contains("ACHIEVED", "OFF_TRACK", "NOT_DUE", "NO_DATA"))
                .body("data.targetStats.milestones.byStatus.find { it.status == 'ACHIEVED' }.count", equalTo(2))
                // Due 2021 and not reported: m11, m14, m35 (railways), m38; due later: m06, m23, m26, m27 (two),
                // m34 (two), m35 (metro), m36.
                .body("data.targetStats.milestones.byStatus.find { it.status == 'NO_DATA' }.count", equalTo(4))
                .body("data.targetStats.milestones.byStatus.find { it.status == 'NOT_DUE' }.count", equalTo(9));
        query(STATS, Map.of("asOf", 2021, "filter", Map.of("text", "side road")))
                .body("data.targetStats.milestones.total", equalTo(1))
                .body("data.targetStats.milestones.byStatus.find { it.status == 'ACHIEVED' }.count", equalTo(1));
        query(STATS, Map.of("filter", Map.of("categories", List.of("ECONOMY"))))
                .body("data.targetStats.milestones.total", equalTo(0));
        query(STATS, Map.of("asOf", 2020, "filter", Map.of("task", 32)))
                .body("data.targetStats.milestones.total", equalTo(2))
                .body("data.targetStats.milestones.byStatus.find { it.status == 'NOT_DUE' }.count", equalTo(2));
        query(STATS, Map.of("asOf", 2026, "filter", Map.of("statuses", List.of("NO_DATA"))))
                .body("data.targetStats.milestones.total", equalTo(total - 2));
    }

    @Test
    void aMilestoneIsANode() {
        var id = GlobalId.of("Milestone", "m36-vocational-schools-up-to-standard-2022");
        query("query($id: ID!) { node(id: $id) { id ... on Milestone { code dueYear region { code } } } }",
                Map.of("id", id))
                .body("data.node.id", equalTo(id))
                .body("data.node.code", equalTo("m36-vocational-schools-up-to-standard-2022"))
                .body("data.node.dueYear", equalTo(2022));
        query("{ milestones { nodes { task { ordinal } } } }")
                .body("data.milestones.nodes.task.ordinal", hasItem(36));
    }
}
