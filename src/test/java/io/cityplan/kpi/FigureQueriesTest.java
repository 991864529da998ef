package io.cityplan.kpi;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The questions analysts ask of all targets and figures at once, as filters. */
@QuarkusTest
class FigureQueriesTest {

    private static final String TARGETS = """
            query Targets($filter: TargetFilter, $orderBy: [TargetOrder!], $asOf: Int, $first: Int) {
              targets(filter: $filter, orderBy: $orderBy, asOf: $asOf, first: $first) {
                totalCount
                nodes { code value unit targetYear region { code } task { ordinal } indicator { code nameZh } }
              }
            }""";

    private static final String OBSERVATIONS = """
            query Observations($filter: ObservationFilter, $orderBy: [ObservationOrder!]) {
              observations(filter: $filter, orderBy: $orderBy) {
                totalCount
                nodes { code year kind region { code } park { code } project { code } }
              }
            }""";

    @Test
    void answersWhatQiaoxiSetForFinancialSectorTax() {
        query(TARGETS, Map.of("filter", Map.of("region", "130104", "text", "金融业税收")))
                .body("data.targets.totalCount", equalTo(1))
                .body("data.targets.nodes[0].value", equalTo(70))
                .body("data.targets.nodes[0].unit", equalTo("亿元"))
                .body("data.targets.nodes[0].targetYear", equalTo(2021));
    }

    @Test
    void aRegionKeepsTheTargetsOfTheRegionsUnderIt() {
        query(TARGETS, Map.of("filter", Map.of("region", "130100", "targetYear", Map.of("from", 2021, "to", 2021)),
                "first", 100))
                .body("data.targets.nodes.targetYear", everyItem(is(2021)))
                .body("data.targets.nodes.region.code", hasItems("130100", "130104"));
    }

    @Test
    void keepsTheTargetsOfOneProgrammeOrTask() {
        query(TARGETS, Map.of("filter", Map.of("programme", 2, "plan", "sjz-capital-plan-2021")))
                .body("data.targets.totalCount", greaterThan(5))
                .body("data.targets.nodes.task.ordinal", everyItem(oneOf(4, 5, 6, 7, 8, 9, 10, 11)));
        query(TARGETS, Map.of("filter", Map.of("task", 4)))
                .body("data.targets.nodes.indicator.code", containsInAnyOrder("urbanization-rate",
                        "digital-economy-share"));
    }

    @Test
    void combinesFiltersWithOrAndNot() {
        var either = Map.of("or", List.of(Map.of("region", "130104"), Map.of("region", "130110")));
        query(TARGETS, Map.of("filter", either))
                .body("data.targets.nodes.region.code", everyItem(oneOf("130104", "130110")));
        query(TARGETS, Map.of("filter", Map.of("and", List.of(either, Map.of("not", Map.of("region", "130104"))))))
                .body("data.targets.nodes.region.code", everyItem(is("130110")))
                .body("data.targets.totalCount", greaterThan(0));
    }

    /**
     * The three targets once ACHIEVED are not: the air-quality ranks rest on a figure expected (有望实现), and the land
     * to transfer this year is not measured by what was transferred since last year.
     */
    @Test
    void keepsTargetsByStatusAsOfAYear() {
        query(TARGETS, Map.of("filter", Map.of("statuses", List.of("NO_DATA"), "indicators",
                List.of("air-quality-rank-from-worst", "land-transferred")), "asOf", 2026))
                .body("data.targets.nodes.code", containsInAnyOrder("t27-air-quality-rank-2021",
                        "ewc-air-quality-rank-2022", "qx-land-transfer-2021"));
        query(TARGETS, Map.of("filter", Map.of("statuses", List.of("NOT_DUE")), "asOf", 2021))
                .body("data.targets.nodes.code", hasItems("ewc-air-quality-rank-2022"));
    }

    /** A filter of statuses alone is counted from the kept statuses; any other filter with the targets. */
    @Test
    void countsTargetsOfStatusesAsItListsThem() {
        for (int asOf : List.of(2020, 2021, 2022, 2026)) {
            for (var statuses : List.of(List.of("ACHIEVED"), List.of("ON_TRACK", "AT_RISK", "OFF_TRACK"),
                    List.of("NO_DATA", "NOT_DUE", "ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK"))) {
                List<String> listed = query(TARGETS, Map.of("filter", Map.of("statuses", statuses), "asOf", asOf,
                        "first", 100)).extract().path("data.targets.nodes.code");
                int counted = query(TARGETS, Map.of("filter", Map.of("statuses", statuses), "asOf", asOf))
                        .extract().path("data.targets.totalCount");
                int joined = query(TARGETS, Map.of("filter", Map.of("and", List.of(Map.of("statuses", statuses))),
                        "asOf", asOf)).extract().path("data.targets.totalCount");
                assertEquals(listed.size(), counted, statuses + " as of " + asOf);
                assertEquals(joined, counted, statuses + " as of " + asOf);
            }
        }
    }

    /**
     * Filters of a plan, programme or task and statuses alone are counted from the counts kept per task (migration
     * V9); wrapped in {@code and}, the same filter is counted from the targets themselves.
     */
    @Test
    void countsKeptPerTaskAgreeWithTheTargets() {
        var stats = """
                query Stats($filter: TargetFilter, $asOf: Int) {
                  targetStats(filter: $filter, asOf: $asOf) {
                    total byStatus { status count } byYear { year count } byRegion { region { code } count }
                    byProgramme { programme { ordinal } count }
                  }
                  targets(filter: $filter, asOf: $asOf) { totalCount }
                }""";
        var plan = "sjz-capital-plan-2021";
        var filters = List.<Map<String, Object>> of(Map.of("plan", plan), Map.of("plan", plan, "programme", 2),
                Map.of("task", 4), Map.of("plan", plan, "statuses", List.of("ACHIEVED", "NO_DATA")),
                Map.of("statuses", List.of("NOT_DUE")), Map.of("plan", plan, "programme", 9, "task", 45));
        for (int asOf : List.of(2019, 2021, 2026)) {
            Map<String, Object> all = query(stats, Map.of("asOf", asOf)).extract().path("data");
            Map<String, Object> joined = query(stats, Map.of("asOf", asOf, "filter", Map.of("and", List.of())))
                    .extract().path("data");
            assertEquals(joined, all, "every target as of " + asOf);
            for (var filter : filters) {
                Map<String, Object> kept = query(stats, Map.of("asOf", asOf, "filter", filter)).extract().path("data");
                Map<String, Object> counted = query(stats, Map.of("asOf", asOf, "filter",
                        Map.of("and", List.of(filter)))).extract().path("data");
                assertEquals(counted, kept, filter + " as of " + asOf);
            }
        }
    }

    /** A dashboard's programmes are all there, those whose tasks set no target of the filter's with zero. */
    @Test
    void statisticsListEveryProgrammeZeroIncluded() {
        var stats = """
                query Stats($filter: TargetFilter) {
                  targetStats(filter: $filter) { total byProgramme { programme { ordinal } count } }
                }""";
        for (var filter : List.<Map<String, Object>> of(Map.of("task", 4), Map.of("region", "130109"))) {
            var response = query(stats, Map.of("filter", filter));
            List<Integer> ordinals = response.extract().path("data.targetStats.byProgramme.programme.ordinal");
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), ordinals, filter.toString());
        }
        // Task 4 is the second programme's first.
        query(stats, Map.of("filter", Map.of("task", 4)))
                .body("data.targetStats.byProgramme.findAll { it.count > 0 }.programme.ordinal", contains(2))
                .body("data.targetStats.byProgramme.find { it.programme.ordinal == 2 }.count",
                        equalTo(query(stats, Map.of("filter", Map.of("task", 4))).extract()
                                .<Integer> path("data.targetStats.total")));
    }

    /**
     * mostRecent over a filter of scopes and indicators alone reads the years of each series from the view kept for
     * it (migration V10); with a year range that holds every year, the same figures are ranked from the figures.
     */
    @Test
    void keptYearsOfEachSeriesGiveTheSameMostRecentFigures() {
        var latest = """
                query Latest($filter: ObservationFilter, $mostRecent: Int) {
                  observations(filter: $filter, mostRecent: $mostRecent, first: 100) { totalCount nodes { code } }
                }""";
        var everyYear = Map.of("year", Map.of("from", 1900, "to", 2100));
        var filters = List.<Map<String, Object>> of(Map.of(), Map.of("region", "130100"), Map.of("region", "130109"),
                Map.of("indicators", List.of("key-projects-total-investment")),
                Map.of("categories", List.of("ECONOMY")),
                Map.of("or",
                        List.of(Map.of("park", "qx-financial-business-demonstration-zone"), Map.of("text", "area"))),
                Map.of("not", Map.of("region", "130104")));
        for (int mostRecent : List.of(1, 2)) {
            for (var filter : filters) {
                Map<String, Object> kept = query(latest, Map.of("filter", filter, "mostRecent", mostRecent))
                        .extract().path("data.observations");
                var ranked = new java.util.HashMap<>(filter);
                ranked.putAll(everyYear);
                Map<String, Object> fromFigures = query(latest, Map.of("filter", ranked, "mostRecent", mostRecent))
                        .extract().path("data.observations");
                assertEquals(fromFigures, kept, filter + ", mostRecent " + mostRecent);
                assertThat(filter.toString(), (Integer) kept.get("totalCount"), greaterThan(0));
            }
        }
    }

    @Test
    void ordersByTargetYearDescendingThenCode() {
        List<Integer> years = query(TARGETS, Map.of("orderBy", List.of("TARGET_YEAR_DESC"), "first", 100))
                .extract().path("data.targets.nodes.targetYear");
        org.junit.jupiter.api.Assertions.assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder())
                .toList(), years);
    }

    @Test
    void answersWhatGaochengReportedFor2020() {
        query(OBSERVATIONS, Map.of("filter", Map.of("region", "130109", "year", Map.of("from", 2020, "to", 2020)),
                "orderBy", List.of("CODE_ASC")))
                .body("data.observations.totalCount", greaterThan(20))
                .body("data.observations.nodes.year", everyItem(is(2020)))
                .body("data.observations.nodes.kind", everyItem(is("ACTUAL")));
    }

    @Test
    void keepsFiguresOfOneKindFromOneDocument() {
        query(OBSERVATIONS, Map.of("filter", Map.of("kinds", List.of("EXPECTED"),
                "document", "plenary-session-reactions-2024")))
                .body("data.observations.nodes.code", contains("city-biomedicine-revenue-2024",
                        "city-electronic-information-revenue-2024"));
    }

    @Test
    void rejectsAYearRangeThatEndsBeforeItStarts() {
        post(TARGETS, Map.of("filter", Map.of("targetYear", Map.of("from", 2025, "to", 2021))))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void rejectsAnUnknownRegion() {
        post(OBSERVATIONS, Map.of("filter", Map.of("region", "999999")))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNKNOWN_CODE"))
                .body("errors[0].message", not(equalTo("System error")));
    }

    /** A name sent where a code belongs is answered with the codes of what has that name. */
    @Test
    void anUnknownCodeSuggestsTheCodesOfRecordsOfThatName() {
        for (var name : List.of("藁城区", "gaocheng")) {
            post(TARGETS, Map.of("filter", Map.of("region", name))).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("UNKNOWN_CODE"))
                    .body("errors[0].message", startsWith("no region has the code '" + name + "'; by name: "))
                    .body("errors[0].message", containsString("130109 (藁城区)"));
        }
        post(TARGETS, Map.of("filter", Map.of("region", "999999"))).statusCode(200)
                .body("errors[0].message", equalTo("no region has the code '999999'"));
        post(TARGETS, Map.of("filter", Map.of("indicators", List.of("常住人口城镇化率")))).statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNKNOWN_CODE"))
                .body("errors[0].message", containsString("urbanization-rate (常住人口城镇化率)"));
    }
}
