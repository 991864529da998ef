package io.cityplan.project;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjectGraphQLApiTest {

    private static final String PROJECT = """
            query Project($code: String!) {
              project(code: $code) {
                code nameZh nameEn kind
                region { code }
                park { code }
                tasks { nodes { ordinal } }
                targets { nodes { code value unit } }
                observations { nodes { code value unit year kind } }
                citation { quote }
              }
            }""";

    @Test
    void returnsAProjectWithItsRegionTasksAndSource() {
        query(PROJECT, Map.of("code", "g338-wuji-bypass"))
                .body("data.project.nameZh", equalTo("G338无极县绕城段"))
                .body("data.project.kind", equalTo("ROAD"))
                .body("data.project.region.code", equalTo("130130"))
                .body("data.project.park", nullValue())
                .body("data.project.tasks.nodes.ordinal", contains(34))
                .body("data.project.citation.quote", equalTo("今年完成G338无极县绕城段和G307岩峰至秀林段2个项目的前期工作"));
    }

    @Test
    void carriesTheFiguresReportedForIt() {
        query(PROJECT, Map.of("code", "utility-tunnels"))
                .body("data.project.observations.nodes.find { it.code == 'o13-utility-tunnel-length-2021' }.value",
                        equalTo(16.2f))
                .body("data.project.observations.nodes.find { it.code == 'o13-utility-tunnel-length-2021' }.unit",
                        equalTo("公里"))
                .body("data.project.observations.nodes.kind", hasItem("ACTUAL"));
    }

    /** Task 32 names five expressways, six toll stations and the third ring road's side road. */
    @Test
    void holdsTheRoadsAndTollStationsOfTask32() {
        query("""
                query Task($plan: String!) { task(plan: $plan, ordinal: 32) { projects(first: 20) { totalCount nodes { nameZh kind } } } }""",
                Map.of("plan", "sjz-capital-plan-2021"))
                .body("data.task.projects.totalCount", equalTo(12))
                .body("data.task.projects.nodes.nameZh", hasItems("新元高速", "石太高速", "石黄高速", "西柏坡高速",
                        "南绕城高速", "裕华路收费站", "石清路收费站", "西古城收费站", "西兆通收费站", "南新城收费站",
                        "北五女收费站", "三环路辅路"))
                .body("data.task.projects.nodes.kind", everyItem(equalTo("ROAD")));
    }

    @ParameterizedTest(name = "task {0}")
    @CsvSource(delimiter = '|', textBlock = """
            11 | 新的应急水源地, 滹沱河地下饮用水水源保护区
            12 | 河北师范大学土地, 煤矿机械厂周边地块, 华药集团相关地块, 河北科技大学地块, 河北地质大学地块
            15 | 区域性健康管理数字中心
            23 | 一站式科研服务中心
            29 | 国际邮件互换局, 医药口岸物流中心, 医药展示交易中心
            30 | 国际多式联运中心, 国际航空物流中心
            36 | 研究生培养基地
            38 | 市老年养护院, 市级儿童福利院, 市未成年人救助保护中心
            39 | 省音乐厅, 省美术馆
            """)
    void holdsTheSitesATaskNames(int task, String names) {
        query("""
                query Task($plan: String!, $ordinal: Int!) {
                  task(plan: $plan, ordinal: $ordinal) { projects(first: 20) { nodes { nameZh } } }
                }""", Map.of("plan", "sjz-capital-plan-2021", "ordinal", task))
                .body("data.task.projects.nodes.nameZh", hasItems(names.split(", ")));
    }

    @Test
    void holdsThePedestrianStreetsAndRenewalWorksOfTheConferenceReport() {
        query("query Projects($kind: ProjectKind) { projects(kind: $kind, first: 100) { nodes { nameZh } } }",
                Map.of("kind", "URBAN_RENEWAL")).body("data.projects.nodes.nameZh",
                        hasItems("南三条步行街", "民族路步行街", "太平河城市更新示范区"));
        query(PROJECT, Map.of("code", "minxin-river-banks-works"))
                .body("data.project.kind", equalTo("ECOLOGY"))
                .body("data.project.citation.quote", equalTo("精心实施民心河沿岸综合整治和改造提升"));
    }

    @Test
    void listsProjectsByKindAndTheProjectsOfATask() {
        query("""
                query Projects($kind: ProjectKind) { projects(kind: $kind) { nodes { code } } }""",
                Map.of("kind", "RAIL"))
                .body("data.projects.nodes.code", hasItems("metro-phase-2", "shixiong-shihengcang-intercity-railways"));
        query("""
                query Task($plan: String!) { task(plan: $plan, ordinal: 33) { projects { nodes { nameZh } } } }""",
                Map.of("plan", "sjz-capital-plan-2021"))
                .body("data.task.projects.nodes.nameZh", hasItems("衡昔高速(含石衡高速)", "石忻高速", "清魏高速"));
    }

    @Test
    void answersNullForAnUnknownProject() {
        query(PROJECT, Map.of("code", "no-such-project")).body("data.project", nullValue());
    }
}
