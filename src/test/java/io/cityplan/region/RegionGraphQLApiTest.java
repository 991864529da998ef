package io.cityplan.region;

import static io.cityplan.common.GraphQLClient.post;
import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegionGraphQLApiTest {

    private static final String BY_CODE = """
            query Region($code: String!) {
              region(code: $code) {
                code nameZh nameEn shortNameZh kind
                parent { code }
                children { code kind }
                citation { quote }
              }
            }""";

    private static final String BY_KIND = """
            query Regions($kind: RegionKind) { regions(kind: $kind) { code nameZh } }""";

    @Test
    void listsTheCityWithItsTwentyTwoCountyLevelDivisionsAndItsZones() {
        query(BY_CODE, Map.of("code", "130100"))
                .body("data.region.nameZh", equalTo("石家庄市"))
                .body("data.region.kind", equalTo("PREFECTURE_CITY"))
                .body("data.region.parent.code", equalTo("130000"))
                .body("data.region.children.findAll { it.kind != 'FUNCTIONAL_ZONE' }", hasSize(22))
                .body("data.region.children.code", hasItems("130102", "130104", "130184", "SJZ-HTZ"));
    }

    @Test
    void filtersRegionsByKind() {
        query(BY_KIND, Map.of("kind", "DISTRICT")).body("data.regions", hasSize(8))
                .body("data.regions[0].nameZh", equalTo("长安区"));
        query(BY_KIND, Map.of("kind", "COUNTY")).body("data.regions", hasSize(11));
        query(BY_KIND, Map.of("kind", "COUNTY_LEVEL_CITY")).body("data.regions.nameZh", contains("辛集市", "晋州市", "新乐市"));
        query(BY_KIND, Map.of()).body("data.regions", hasSize(27));
    }

    @Test
    void placesTheEconomicDevelopmentZoneInGaochengAsItsDocumentSays() {
        query(BY_CODE, Map.of("code", "SJZ-ETDZ"))
                .body("data.region.shortNameZh", equalTo("经开区"))
                .body("data.region.kind", equalTo("FUNCTIONAL_ZONE"))
                .body("data.region.parent.code", equalTo("130109"))
                .body("data.region.citation.quote", equalTo("国家级开发区——石家庄经济技术开发区"));
    }

    @Test
    void rejectsACodeThatNoRegionCanHaveBeforeQuerying() {
        for (var code : new String[] { "13\u0000", "130104; DROP TABLE region", "", "x".repeat(65) }) {
            post(BY_CODE, Map.of("code", code)).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].message", containsString("must be a code"))
                    .body("data.region", nullValue());
        }
        query(BY_CODE, Map.of("code", "130104")).body("data.region.nameZh", equalTo("桥西区"));
    }

    @Test
    void answersNullForAnUnknownCode() {
        query(BY_CODE, Map.of("code", "999999")).body("data.region", nullValue());
    }
}
