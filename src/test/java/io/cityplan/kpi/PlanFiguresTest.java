package io.cityplan.kpi;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** A sample of the implementation plan's figures, each checked against the plan's text: value, unit, year, scope. */
@QuarkusTest
class PlanFiguresTest {

    private static final String TARGET = """
            query Task($plan: String!, $ordinal: Int!) {
              task(plan: $plan, ordinal: $ordinal) {
                targets { nodes {
                  code comparator form value unit startYear targetYear
                  region { code } park { code } project { code }
                  citation { quote }
                } }
              }
            }""";

    @ParameterizedTest(name = "task {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8  | t08-new-housing-plot-ratio              | LTE    | LEVEL         | 2.0   | 1        |      | 2025 | 130100
            13 | t13-resettlement-housing-started-14th-fyp | EQ   | TOTAL         | 17185 | 套       | 2021 | 2025 | 130100
            13 | t13-old-estates-2021                    | EQ     | LEVEL         | 645   | 个       |      | 2021 | 130100
            13 | t13-planned-roads-2022                  | APPROX | LEVEL         | 36    | 条       |      | 2022 | 130100
            13 | t13-public-parking-2022-2025            | GTE    | PER_YEAR      | 1     | 万个     | 2022 | 2025 | 130100
            15 | t15-leading-industries-revenue-2025     | GTE    | LEVEL         | 1     | 万亿元   |      | 2025 | 130100
            19 | t19-agriculture-output-growth           | GTE    | ANNUAL_GROWTH | 4.5   | %        | 2021 | 2025 | 130100
            20 | t20-key-project-investment-2021         | GTE    | LEVEL         | 840   | 亿元     |      | 2021 | 130100
            24 | t24-tech-smes-2025                      | EQ     | LEVEL         | 15000 | 家       |      | 2025 | 130100
            26 | t26-afforestation-area-2025             | EQ     | LEVEL         | 238.5 | 万亩     |      | 2025 | 130100
            27 | t27-pm25-decrease-2021                  | GTE    | DECREASE      | 12    | %        |      | 2021 | 130100
            27 | t27-polluted-land-safe-use-2025         | APPROX | LEVEL         | 95    | %        |      | 2025 | 130100
            29 | t29-ftz-reform-experiences-2021         | GTE    | LEVEL         | 2     | 项       |      | 2021 | SJZ-FTZ-ZD
            31 | t31-parks-over-500bn-2025               | EQ     | LEVEL         | 1     | 家       |      | 2025 | 130100
            40 | t40-provincial-powers-2021              | GTE    | LEVEL         | 20    | 项       |      | 2021 | 130100
            """)
    void regionTargetAgreesWithThePlan(int task, String code, String comparator, String form, String value,
            String unit, Integer startYear, int targetYear, String region) {
        var path = "data.task.targets.nodes.find { it.code == '" + code + "' }";
        query(TARGET, Map.of("plan", "sjz-capital-plan-2021", "ordinal", task))
                .body(path + ".comparator", equalTo(comparator))
                .body(path + ".form", equalTo(form))
                .body(path + ".value.toString()", equalTo(value))
                .body(path + ".unit", equalTo(unit))
                .body(path + ".startYear", equalTo(startYear))
                .body(path + ".targetYear", equalTo(targetYear))
                .body(path + ".region.code", equalTo(region))
                .body(path + ".park", nullValue());
    }

    @ParameterizedTest(name = "task {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8  | t08-jiefang-street-land-area   | 280 | 亩   | jiefang-street-land
            25 | t25-220kv-substations          | 5   | 座   | main-city-220kv-substations
            26 | t26-taihang-greening-base-area | 13  | 万亩 | taihang-greening-demonstration-base
            """)
    void projectTargetAgreesWithThePlan(int task, String code, String value, String unit, String project) {
        var path = "data.task.targets.nodes.find { it.code == '" + code + "' }";
        query(TARGET, Map.of("plan", "sjz-capital-plan-2021", "ordinal", task))
                .body(path + ".value.toString()", equalTo(value))
                .body(path + ".unit", equalTo(unit))
                .body(path + ".project.code", equalTo(project))
                .body(path + ".region", nullValue());
    }
}
