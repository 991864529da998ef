package io.cityplan.kpi;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KpiGraphQLApiTest {

    private static final String TASK_TARGETS = """
            query TaskTargets($plan: String!, $ordinal: Int!) {
              task(plan: $plan, ordinal: $ordinal) {
                targets { nodes {
                  code comparator form value unit targetYear baselineYear referenceZh aspirational note
                  normalized { value unit }
                  indicator { code nameZh unit direction }
                  region { code }
                  park { code }
                  task { ordinal }
                  citation { quote document { fileName } }
                } }
              }
            }""";

    @Test
    void task4SetsUrbanizationAndDigitalEconomyTargetsFor2025() {
        query(TASK_TARGETS, Map.of("plan", "sjz-capital-plan-2021", "ordinal", 4))
                .body("data.task.targets.nodes.indicator.nameZh", containsInAnyOrder("常住人口城镇化率", "数字经济占地区生产总值比重"))
                .body("data.task.targets.nodes.find { it.indicator.code == 'urbanization-rate' }.value", equalTo(75))
                .body("data.task.targets.nodes.find { it.indicator.code == 'digital-economy-share' }.value",
                        equalTo(50))
                .body("data.task.targets.nodes.comparator", contains("APPROX", "APPROX"))
                .body("data.task.targets.nodes.unit", contains("%", "%"))
                .body("data.task.targets.nodes.targetYear", contains(2025, 2025))
                .body("data.task.targets.nodes.region.code", contains("130100", "130100"))
                .body("data.task.targets.nodes.park", contains(nullValue(), nullValue()))
                .body("data.task.targets.nodes.task.ordinal", contains(4, 4));
    }

    @Test
    void task5MeasuresForeignInvestmentGrowthAgainstTheProvincialAverage() {
        query(TASK_TARGETS, Map.of("plan", "sjz-capital-plan-2021", "ordinal", 5))
                .body("data.task.targets.nodes", hasSize(2))
                .body("data.task.targets.nodes.find { it.indicator.code == 'fdi-growth' }.form", equalTo("DIFFERENCE"))
                .body("data.task.targets.nodes.find { it.indicator.code == 'fdi-growth' }.referenceZh",
                        equalTo("全省平均水平"))
                .body("data.task.targets.nodes.find { it.indicator.code == 'fdi-growth' }.value", equalTo(2))
                .body("data.task.targets.nodes.find { it.indicator.code == 'fdi-growth' }.unit", equalTo("个百分点"))
                .body("data.task.targets.nodes.find { it.indicator.code == 'economic-openness' }.comparator",
                        equalTo("GTE"))
                .body("data.task.targets.nodes.find { it.indicator.code == 'economic-openness' }.value", equalTo(25));
    }

    @Test
    void task6CutsEnergyIntensityFrom2020AndSetsPm25InMicrogramsPerCubicMetre() {
        query(TASK_TARGETS, Map.of("plan", "sjz-capital-plan-2021", "ordinal", 6))
                .body("data.task.targets.nodes.find { it.indicator.code == 'energy-intensity' }.form",
                        equalTo("DECREASE"))
                .body("data.task.targets.nodes.find { it.indicator.code == 'energy-intensity' }.value", equalTo(19))
                .body("data.task.targets.nodes.find { it.indicator.code == 'energy-intensity' }.baselineYear",
                        equalTo(2020))
                .body("data.task.targets.nodes.find { it.indicator.code == 'pm25-concentration' }.value", equalTo(49))
                .body("data.task.targets.nodes.find { it.indicator.code == 'pm25-concentration' }.unit",
                        equalTo("微克/立方米"))
                .body("data.task.targets.nodes.find { it.indicator.code == 'pm25-concentration' }.normalized.unit",
                        equalTo("µg/m³"))
                .body("data.task.targets.nodes.find { it.indicator.code == 'pm25-concentration' }.indicator.direction",
                        equalTo("DECREASE"));
    }

    @Test
    void task7AimsForAnEconomyOfOverOneTrillionYuanNormalizedToHundredMillions() {
        query(TASK_TARGETS, Map.of("plan", "sjz-capital-plan-2021", "ordinal", 7))
                .body("data.task.targets.nodes", hasSize(1))
                .body("data.task.targets.nodes[0].indicator.nameZh", equalTo("经济总量"))
                .body("data.task.targets.nodes[0].comparator", equalTo("GTE"))
                .body("data.task.targets.nodes[0].aspirational", equalTo(true))
                .body("data.task.targets.nodes[0].value", equalTo(1))
                .body("data.task.targets.nodes[0].unit", equalTo("万亿元"))
                .body("data.task.targets.nodes[0].normalized.value", equalTo(10000))
                .body("data.task.targets.nodes[0].normalized.unit", equalTo("亿元"))
                .body("data.task.targets.nodes[0].citation.quote", equalTo("全市经济总量力争超万亿元"))
                .body("data.task.targets.nodes[0].citation.document.fileName", equalTo("003_17aaf4cfd96d98fd.txt"));
    }

    @Test
    void anIndicatorCarriesItsTargetsAcrossScopes() {
        query("""
                query Indicator($code: String!) {
                  indicator(code: $code) { nameZh nameEn unit category targets { nodes { targetYear region { nameZh } } } }
                }""",
                Map.of("code", "pm25-concentration"))
                .body("data.indicator.nameZh", equalTo("PM2.5浓度"))
                .body("data.indicator.category", equalTo("ENVIRONMENT"))
                .body("data.indicator.targets.nodes.targetYear", contains(2021, 2025))
                .body("data.indicator.targets.nodes.region.nameZh", contains("石家庄市", "石家庄市"));
    }

    @Test
    void listsIndicatorsByCategoryAndAnswersNullForAnUnknownCode() {
        query("""
                query Indicators($category: IndicatorCategory) { indicators(category: $category) { nodes { code } } }""",
                Map.of("category", "OPENNESS"))
                .body("data.indicators.nodes.code", contains("economic-openness", "fdi-growth"));
        query("""
                query Indicator($code: String!) { indicator(code: $code) { code } }""", Map.of("code", "nothing"))
                .body("data.indicator", nullValue());
    }

    @Test
    void theCityRegionCarriesTheTargetsAndFiguresSetForIt() {
        query("""
                query CityTargets($code: String!) { region(code: $code) { targets { nodes { code } } observations { nodes { code } } } }""",
                Map.of("code", "130100"))
                .body("data.region.targets.nodes.code",
                        hasItems("t04-urbanization-rate-2025", "t13-public-parking-2022-2025"))
                .body("data.region.targets.nodes.code", not(hasItem("t29-ftz-reform-experiences-2021")))
                .body("data.region.observations.nodes.code", hasItem("o31-development-zones-2021"));
    }
}
