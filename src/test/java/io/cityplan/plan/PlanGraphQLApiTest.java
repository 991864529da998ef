package io.cityplan.plan;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlanGraphQLApiTest {

    static final String PLAN = "sjz-capital-plan-2021";

    private static final String PROGRAMMES = """
            query Programmes($plan: String!) {
              plan(code: $plan) {
                code titleZh issuerZh year
                region { code }
                citation { quote document { fileName } }
                programmes { ordinal nameZh aimZh tasks { nodes { ordinal titleZh } } }
                tasks { nodes { ordinal } }
              }
            }""";

    private static final String TASK = """
            query Task($plan: String!, $ordinal: Int!) {
              task(plan: $plan, ordinal: $ordinal) {
                ordinal titleZh titleEn summaryZh summaryEn
                plan { code }
                programme { ordinal nameZh }
                regions { code }
                parks { nodes { code } }
                citation { quote }
              }
            }""";

    @Test
    void returnsTheNineProgrammesWithTheirFortyFiveTasksInOrder() {
        var response = query(PROGRAMMES, Map.of("plan", PLAN))
                .body("data.plan.titleZh", equalTo("关于落实〈省委省政府关于大力支持省会建设和高质量发展的意见〉的实施方案"))
                .body("data.plan.issuerZh", equalTo("石家庄市委市政府"))
                .body("data.plan.year", equalTo(2021))
                .body("data.plan.region.code", equalTo("130100"))
                .body("data.plan.citation.document.fileName", equalTo("003_17aaf4cfd96d98fd.txt"))
                .body("data.plan.programmes.ordinal", contains(1, 2, 3, 4, 5, 6, 7, 8, 9))
                .body("data.plan.programmes[1].nameZh", equalTo("跨越赶超工程"))
                .body("data.plan.programmes[1].aimZh", equalTo("提升高质量发展水平"))
                .body("data.plan.programmes[8].nameZh", equalTo("服务提质工程"))
                .body("data.plan.tasks.nodes.ordinal", contains(IntStream.rangeClosed(1, 45).boxed().toArray()));
        List<Integer> nested = response.extract().path("data.plan.programmes.tasks.nodes.ordinal.flatten()");
        org.junit.jupiter.api.Assertions.assertEquals(IntStream.rangeClosed(1, 45).boxed().toList(), nested);
    }

    @Test
    void groupsTasksUnderTheProgrammeThePlanPutsThemIn() {
        query(PROGRAMMES, Map.of("plan", PLAN))
                .body("data.plan.programmes[0].tasks.nodes.ordinal", contains(1, 2, 3))
                .body("data.plan.programmes[1].tasks.nodes.ordinal", contains(4, 5, 6, 7))
                .body("data.plan.programmes[2].tasks.nodes.ordinal", contains(8, 9, 10, 11, 12, 13, 14))
                .body("data.plan.programmes[8].tasks.nodes.ordinal", contains(40, 41, 42, 43, 44, 45));
    }

    @Test
    void findsATaskByPlanAndNumberWithItsProgrammeLinksAndHeading() {
        query(TASK, Map.of("plan", PLAN, "ordinal", 23))
                .body("data.task.titleZh", equalTo("加快推进正定数字经济产业园建设"))
                .body("data.task.summaryEn", notNullValue())
                .body("data.task.plan.code", equalTo(PLAN))
                .body("data.task.programme.nameZh", equalTo("产业跃升工程"))
                .body("data.task.regions.code", contains("130123"))
                .body("data.task.parks.nodes.code",
                        hasItems("zd-digital-economy-park", "zgc-changshan-beiming-start-area"))
                .body("data.task.citation.quote", equalTo("23.加快推进正定数字经济产业园建设"));
    }

    @Test
    void answersNullForATaskNumberThePlanDoesNotHave() {
        query(TASK, Map.of("plan", PLAN, "ordinal", 46)).body("data.task", nullValue());
        query(TASK, Map.of("plan", "no-such-plan", "ordinal", 1)).body("data.task", nullValue());
    }

    @Test
    void everyTaskHasSummariesInBothLanguages() {
        query("""
                query Summaries($plan: String!) { plan(code: $plan) { tasks { nodes { summaryZh summaryEn titleEn } } } }""",
                Map.of("plan", PLAN))
                .body("data.plan.tasks.nodes", hasSize(45))
                .body("data.plan.tasks.nodes.summaryZh", everyItem(notNullValue()))
                .body("data.plan.tasks.nodes.summaryEn", everyItem(notNullValue()))
                .body("data.plan.tasks.nodes.titleEn", everyItem(notNullValue()));
    }
}
