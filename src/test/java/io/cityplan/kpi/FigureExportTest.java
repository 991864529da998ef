package io.cityplan.kpi;

import static io.cityplan.common.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FigureExportTest {

    private static final String GAOCHENG_2020 = """
            {"region": "130109", "year": {"from": 2020, "to": 2020}}""";

    @Test
    void exportsEveryFigureTheFilterKeepsInTheOrderAskedWithQuoteAndDocument() {
        var answer = query(
                """
                        query($filter: ObservationFilter) {
                          observations(filter: $filter, orderBy: [INDICATOR_ASC], first: 100) {
                            totalCount
                            nodes { code value indicator { nameZh } region { nameZh } citation { quote document { code titleZh } } }
                          }
                        }""",
                Map.of("filter", Map.of("region", "130109", "year", Map.of("from", 2020, "to", 2020))))
                .body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> nodes = answer.getList("data.observations.nodes");
        var csv = csv(given().queryParam("filter", GAOCHENG_2020).queryParam("orderBy", "INDICATOR_ASC")
                .get("/export/observations.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString(
                        "observations.csv"))
                .extract().asByteArray());
        assertEquals(answer.getInt("data.observations.totalCount") + 1, csv.size(), "a header and a row per figure");
        var header = csv.get(0);
        for (int i = 0; i < nodes.size(); i++) {
            var row = csv.get(i + 1);
            var node = nodes.get(i);
            assertEquals(node.get("code"), row.get(header.indexOf("code")));
            assertEquals(new java.math.BigDecimal(node.get("value").toString()),
                    new java.math.BigDecimal(row.get(header.indexOf("value"))));
            @SuppressWarnings("unchecked")
            var region = (Map<String, Object>) node.get("region");
            assertEquals(region.get("nameZh"), row.get(header.indexOf("region.nameZh")));
            @SuppressWarnings("unchecked")
            var citation = (Map<String, Object>) node.get("citation");
            assertEquals(citation.get("quote"), row.get(header.indexOf("citation.quote")));
            @SuppressWarnings("unchecked")
            var document = (Map<String, Object>) citation.get("document");
            assertEquals(document.get("code"), row.get(header.indexOf("citation.document.code")));
            assertEquals(document.get("titleZh"), row.get(header.indexOf("citation.document.titleZh")));
        }
    }

    @Test
    void exportsEveryTargetWithItsTaskInTheFieldsDefaultOrder() {
        var total = query("{ targets { totalCount } }").body("errors", nullValue()).extract()
                .jsonPath().getInt("data.targets.totalCount");
        var csv = csv(given().get("/export/targets.csv").then().statusCode(200).extract().asByteArray());
        assertEquals(total + 1, csv.size());
        var header = csv.get(0);
        assertEquals(List.of("code", "indicator.code", "indicator.nameZh"), header.subList(0, 3));
        assertTrue(csv.stream().skip(1).anyMatch(r -> "sjz-capital-plan-2021".equals(r.get(header.indexOf(
                "task.plan.code"))) && !r.get(header.indexOf("task.titleZh")).isEmpty()), "targets with their task");
        var years = csv.stream().skip(1).map(r -> Integer.parseInt(r.get(header.indexOf("targetYear")))).toList();
        assertEquals(years.stream().sorted().toList(), years, "by target year, as the GraphQL field by default");
    }

    @Test
    void mostRecentKeepsWhatTheGraphQLFieldKeeps() {
        var total = query("{ observations(mostRecent: 1) { totalCount } }").body("errors", nullValue()).extract()
                .jsonPath().getInt("data.observations.totalCount");
        var csv = csv(given().queryParam("mostRecent", 1).get("/export/observations.csv").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(total + 1, csv.size());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "observations.csv | filter={\"region\": \"藁城区\"} | UNKNOWN_CODE",
            "observations.csv | filter={\"region\": | INVALID_ARGUMENT",
            "observations.csv | filter=[1] | INVALID_ARGUMENT",
            "observations.csv | filter={\"regions\": \"130109\"} | INVALID_ARGUMENT",
            "observations.csv | filter={\"year\": {\"from\": 2020.5}} | INVALID_ARGUMENT",
            "observations.csv | filter={\"kinds\": [\"GUESS\"]} | INVALID_ARGUMENT",
            "observations.csv | filter={\"indicators\": [null]} | INVALID_ARGUMENT",
            "observations.csv | filter={\"and\": [null]} | INVALID_ARGUMENT",
            "observations.csv | orderBy=YEAR_ASC,SIDEWAYS | INVALID_ARGUMENT",
            "observations.csv | mostRecent=0 | INVALID_ARGUMENT",
            "observations.csv | mostRecent=one | INVALID_ARGUMENT",
            "observations.csv | asOf=2026 | INVALID_ARGUMENT",
            "targets.csv | filter={\"comparators\": [\"ABOUT\"]} | INVALID_ARGUMENT",
            "targets.csv | filter={\"targetYear\": {\"from\": 2030, \"to\": 2020}} | INVALID_ARGUMENT",
            "targets.csv | filter={\"park\": \"nowhere\"} | UNKNOWN_CODE",
            "targets.csv | asOf=next | INVALID_ARGUMENT" })
    void refusesABadParameterWithItsCodeAndNoClassName(String file, String parameter, String code) {
        var name = parameter.substring(0, parameter.indexOf('='));
        var value = parameter.substring(parameter.indexOf('=') + 1);
        given().queryParam(name, value).get("/export/" + file).then().statusCode(400)
                .contentType(containsString("application/json"))
                .body("errors[0].extensions.code", equalTo(code))
                .body(not(containsString("io.cityplan"))).body(not(containsString("java.")))
                .body(not(containsString("jackson")));
    }

    @Test
    void suggestsTheCodeOfARegionGivenByName() {
        given().queryParam("filter", "{\"region\": \"藁城区\"}").get("/export/observations.csv").then().statusCode(400)
                .body("errors[0].message", containsString("130109"));
    }

    /** RFC 4180, after the byte order mark, which must be there. */
    static List<List<String>> csv(byte[] bytes) {
        assertTrue(bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf, "a UTF-8 byte order mark first");
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "every line ends with CRLF");
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
