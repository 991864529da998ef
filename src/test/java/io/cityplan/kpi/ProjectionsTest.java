package io.cityplan.kpi;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Figures a document expects of a project once it is complete carry no year: the document fixes none. */
@QuarkusTest
class ProjectionsTest {

    @Test
    void thePlazasYearlyFiguresHoldOnceItIsInOperationAndHaveNoYear() {
        query("""
                query($code: String!) {
                  project(code: $code) {
                    projections { code comparator value unit conditionZh conditionEn indicator { code } citation { quote } }
                    observations { nodes { code year } }
                  }
                }""",
                Map.of("code", "causeway-bay-zhaoxian-plaza"))
                .body("data.project.projections.code", contains("zx-mall-jobs", "zx-mall-yearly-revenue",
                        "zx-mall-yearly-tax"))
                .body("data.project.projections.conditionZh", everyItem(equalTo("全部投入运营后")))
                .body("data.project.projections[1].value", equalTo(30))
                .body("data.project.projections[1].unit", equalTo("亿元"))
                .body("data.project.projections[1].indicator.code", equalTo("yearly-revenue"))
                .body("data.project.projections[1].citation.quote", equalTo("全部投入运营后,预计年实现营收30亿元"))
                .body("data.project.projections[2].comparator", equalTo("GTE"))
                // What the article states as of its signing in 2021 (the investment, the building period) stays a
                // figure of 2021.
                .body("data.project.observations.nodes.code",
                        contains("zx-mall-construction-period", "zx-mall-investment"))
                .body("data.project.observations.nodes.year", everyItem(equalTo(2021)));
        query("{ project(code: \"third-ring-side-road\") { projections { code } } }")
                .body("data.project.projections", empty());
    }
}
