package io.cityplan.kpi;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cityplan.common.GlobalId;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A sample of the figures that the district, county and bureau reports give, read through a region as an analyst
 * would ask: what did 桥西区 set for 金融业税收, what does 鹿泉区 expect. Each row agrees with its document.
 */
@QuarkusTest
class ReportedFiguresTest {

    private static final String FIGURES = """
            query Figures($code: String!) {
              region(code: $code) {
                targets { nodes { code value unit targetYear indicator { nameZh } citation { document { code } } } }
                observations { nodes { code comparator value unit year kind indicator { nameZh } citation { document { code } } } }
              }
            }""";

    @ParameterizedTest(name = "{0} target {1}")
    @CsvSource(delimiter = '|', textBlock = """
            130104 | qx-financial-sector-tax-2021        | 金融业税收                     | 70   | 亿元   | 2021 | capital-conference-responses-2021
            130104 | qx-building-economy-tax-2021        | 楼宇经济税收                   | 150  | 亿元   | 2021 | capital-conference-responses-2021
            130104 | qx-land-transfer-2021               | 出让土地                       | 1000 | 亩     | 2021 | capital-conference-responses-2021
            130110 | lq-electronic-information-revenue-2024 | 新一代电子信息产业主营业务收入 | 1100 | 亿元   | 2024 | plenary-session-reactions-2024
            130110 | lq-electronic-information-growth-2024  | 新一代电子信息产业主营业务收入 | 30   | %      | 2024 | plenary-session-reactions-2024
            130100 | ndrc-groundbreaking-events-2021        | 全市项目集中开工活动           | 2    | 次     | 2021 | capital-conference-responses-2021
            130100 | ewc-air-quality-rank-2022              | 全国重点空气质量排名           | 11   | 位     | 2022 | economic-work-conference-2021
            """)
    void targetAgreesWithItsDocument(String region, String code, String indicator, String value, String unit,
            int year, String document) {
        var path = "data.region.targets.nodes.find { it.code == '" + code + "' }";
        query(FIGURES, Map.of("code", region))
                .body(path + ".indicator.nameZh", equalTo(indicator))
                .body(path + ".value.toString()", equalTo(value))
                .body(path + ".unit", equalTo(unit))
                .body(path + ".targetYear", equalTo(year))
                .body(path + ".citation.document.code", equalTo(document));
    }

    @ParameterizedTest(name = "{0} observation {1}")
    @CsvSource(delimiter = '|', textBlock = """
            130104   | qx-sme-credit-2020                       | 中小企业信贷资金            | 640    | 亿元 | 2020 | EQ     | ACTUAL   | capital-conference-responses-2021
            130104   | qx-financial-institutions-2021           | 金融机构                    | 1800   | 家   | 2021 | EQ     | ACTUAL   | capital-conference-responses-2021
            130100   | city-biomedicine-revenue-2024            | 生物医药产业营业收入        | 1200   | 亿元 | 2024 | EQ     | EXPECTED | plenary-session-reactions-2024
            130100   | city-electronic-information-revenue-2024 | 新一代电子信息产业营业收入  | 1300   | 亿元 | 2024 | EQ     | EXPECTED | plenary-session-reactions-2024
            SJZ-HTZ  | htz-national-rd-platforms-2024           | 国家级研发平台              | 11     | 个   | 2024 | EQ     | ACTUAL   | plenary-session-reactions-2024
            SJZ-ETDZ | etdz-savings-for-firms-2024              | 为企业节约资金              | 6000   | 万元 | 2024 | APPROX | ACTUAL   | plenary-session-reactions-2024
            SJZ-ETDZ | etdz-newly-expanded-area-2024            | 新拓展的面积                | 8      | 平方公里 | 2024 | EQ   | ACTUAL   | plenary-session-reactions-2024
            130110   | lq-industry-projects-investment-2024      | 新一代电子信息产业项目总投资 | 308.12 | 亿元 | 2024 | EQ     | ACTUAL   | plenary-session-reactions-2024
            130109   | gc-key-projects-started-2020              | 开工重点项目                | 99     | 个   | 2020 | EQ     | ACTUAL   | gaocheng-year-in-review-2020
            130109   | gc-key-projects-investment-2020           | 重点项目总投资              | 204.95 | 亿元 | 2020 | EQ     | ACTUAL   | gaocheng-year-in-review-2020
            130109   | gc-registered-volunteers-2020             | 实名注册志愿者              | 13.68  | 万名 | 2020 | GTE    | ACTUAL   | gaocheng-year-in-review-2020
            130100   | ewc-bank-enterprise-agreement-amount-2021 | 政银企战略合作协议金额      | 1.5    | 万亿元 | 2021 | EQ     | ACTUAL | economic-work-conference-2021
            130105   | xh-market-entities-2021                   | 市场主体存量                | 106739 | 户   | 2021 | EQ     | ACTUAL   | economic-work-conference-2021
            130105   | xh-items-devolved-2021                    | 向街道下放事项              | 114    | 项   | 2021 | EQ     | ACTUAL   | economic-work-conference-2021
            130105   | xh-business-instructors-2021              | 派驻业务指导员              | 23     | 名   | 2021 | EQ     | ACTUAL   | economic-work-conference-2021
            130105   | xh-business-startup-steps-2021            | 企业开办环节                | 3      | 环节 | 2021 | EQ     | ACTUAL   | economic-work-conference-2021
            130108   | yh-publicity-sessions-2021                | 宣讲活动                    | 400    | 场   | 2021 | GTE    | ACTUAL   | economic-work-conference-2021
            130125   | xt-people-trained-2021                    | 培训人数                    | 12724  | 人   | 2021 | EQ     | ACTUAL   | economic-work-conference-2021
            130184   | xl-small-wishes-2021                      | 微心愿                      | 432    | 个   | 2021 | EQ     | ACTUAL   | economic-work-conference-2021
            130100   | ewc-illegal-structures-2021               | 拆除私搭乱建                | 5      | 万处 | 2021 | GTE    | ACTUAL   | economic-work-conference-2021
            130100   | ewc-air-quality-rank-2021                 | 全国重点空气质量排名        | 11     | 位   | 2021 | GTE    | EXPECTED | economic-work-conference-2021
            SJZ-ETDZ | etdz-enterprise-support-measures-2020     | 支持现有企业发展的硬措施    | 5      | 条   | 2020 | EQ     | ACTUAL   | gaocheng-year-in-review-2020
            """)
    void observationAgreesWithItsDocument(String region, String code, String indicator, String value, String unit,
            int year, String comparator, String kind, String document) {
        var path = "data.region.observations.nodes.find { it.code == '" + code + "' }";
        query(FIGURES, Map.of("code", region))
                .body(path + ".indicator.nameZh", equalTo(indicator))
                .body(path + ".value.toString()", equalTo(value))
                .body(path + ".unit", equalTo(unit))
                .body(path + ".year", equalTo(year))
                .body(path + ".comparator", equalTo(comparator))
                .body(path + ".kind", equalTo(kind))
                .body(path + ".citation.document.code", equalTo(document));
    }

    /** The value a figure changed from, as 新华区's article states it beside the figure (由…减至…). */
    @ParameterizedTest(name = "{0}: from {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            xh-material-preparation-time-2021 | 1  | 小时 | GTE | 10 | 分钟
            xh-inspection-staff-2021          | 10 | 人   | EQ  | 4  | 人
            xh-online-inspection-time-2021    | 2  | 小时 | LTE | 10 | 分钟
            """)
    void observationSaysWhatItChangedFrom(String code, String fromValue, String fromUnit, String fromComparator,
            String value, String unit) {
        query("query($id: ID!) { node(id: $id) { ... on Observation { value unit changedFrom { value unit comparator } } } }",
                Map.of("id", GlobalId.of("Observation", code)))
                .body("data.node.changedFrom.value.toString()", equalTo(fromValue))
                .body("data.node.changedFrom.unit", equalTo(fromUnit))
                .body("data.node.changedFrom.comparator", equalTo(fromComparator))
                .body("data.node.value.toString()", equalTo(value))
                .body("data.node.unit", equalTo(unit));
    }

    /** What a figure measures, as corrected after an audit: a change, or a total over stated years. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            xh-approval-efficiency-2021 | CHANGE | -    | 2021
            qx-land-transferred-2021    | TOTAL  | 2020 | 2021
            etdz-newly-expanded-area-2024 | LEVEL | -   | 2024
            """)
    void observationMeasuresWhatItsDocumentSays(String code, String form, Integer startYear, int year) {
        query("query($id: ID!) { node(id: $id) { ... on Observation { form startYear year } } }",
                Map.of("id", GlobalId.of("Observation", code)))
                .body("data.node.form", equalTo(form))
                .body("data.node.startYear", equalTo(startYear))
                .body("data.node.year", equalTo(year));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pm25-concentration  | PM2.5浓度     | PM2.5浓度降至49微克/立方米
            planned-roads-opened | 打通规划路   | 在今年打通10条规划路的基础上
            """)
    void indicatorCitesThePassageItsNameIsTakenFrom(String code, String nameZh, String quote) {
        query("query($code: String!) { indicator(code: $code) { nameZh citation { quote document { code } } } }",
                Map.of("code", code))
                .body("data.indicator.nameZh", equalTo(nameZh))
                .body("data.indicator.citation.quote", equalTo(quote))
                .body("data.indicator.citation.document.code", equalTo("sjz-capital-plan-2021"));
    }
}
