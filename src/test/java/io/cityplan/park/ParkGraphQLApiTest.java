package io.cityplan.park;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ParkGraphQLApiTest {

    private static final String PARK = """
            query Park($code: String!) {
              park(code: $code) {
                code nameZh nameEn kind level
                region { code nameZh }
                focusIndustries { nameZh nameEn }
                tasks { nodes { ordinal } }
                citation { quote document { code } }
              }
            }""";

    @Test
    void returnsAParkWithItsRegionIndustriesTasksAndSource() {
        query(PARK, Map.of("code", "zd-digital-economy-park"))
                .body("data.park.nameZh", equalTo("正定数字经济产业园"))
                .body("data.park.kind", equalTo("INDUSTRIAL_PARK"))
                .body("data.park.level", nullValue())
                .body("data.park.region.nameZh", equalTo("正定县"))
                .body("data.park.focusIndustries.nameZh", contains("软件信息服务"))
                .body("data.park.tasks.nodes.ordinal", contains(15, 23))
                .body("data.park.citation.document.code", equalTo("sjz-capital-plan-2021"));
    }

    @Test
    void filtersParksByKindAndByRegion() {
        query("""
                query Parks($kind: ParkKind) { parks(kind: $kind) { nodes { code } } }""",
                Map.of("kind", "LOGISTICS_HUB"))
                .body("data.parks.nodes.code", contains("imported-grain-inspection-site",
                        "sjz-international-dry-port", "sjz-railway-port"));
        query("""
                query Parks($region: String) { parks(region: $region) { nodes { code } } }""",
                Map.of("region", "130123"))
                .body("data.parks.nodes.code",
                        contains("zd-digital-economy-park", "zd-smart-home-park", "zgc-changshan-beiming-start-area"));
    }

    /** The city parks, zones and ports the documents name beside the industrial parks. */
    @Test
    void holdsTheCityParksAndZonesTheDocumentsName() {
        query("query Parks($kind: ParkKind) { parks(kind: $kind, first: 50) { nodes { nameZh } } }",
                Map.of("kind", "CITY_PARK")).body("data.parks.nodes.nameZh",
                        hasItems("石家庄世纪公园", "鹿泉区海山公园", "藁城区兴争公园", "藁城区体育公园"));
        query("query Parks($kind: ParkKind) { parks(kind: $kind, first: 50) { nodes { nameZh } } }",
                Map.of("kind", "FREE_TRADE_ZONE")).body("data.parks.nodes.nameZh",
                        hasItems("跨境电子商务综合试验区", "保税物流中心(B型)"));
    }

    @Test
    void listsTheParksOfARegion() {
        query("""
                query RegionParks($code: String!) { region(code: $code) { parks { nodes { code } } } }""",
                Map.of("code", "130123"))
                .body("data.region.parks.nodes", hasSize(3))
                .body("data.region.parks.nodes.code", hasItem("zd-digital-economy-park"));
    }

    @Test
    void answersNullForAnUnknownPark() {
        query(PARK, Map.of("code", "no-such-park")).body("data.park", nullValue());
    }
}
