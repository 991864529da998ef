package io.cityplan.editing;

import static io.cityplan.editing.EditorTokens.send;
import static io.cityplan.editing.EditorTokens.token;
import static io.cityplan.editing.EditorTokens.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An editor records, corrects and retracts a figure with its source, over HTTP with a token minted as an identity
 * provider would; each change is kept in the figure's history, and the target the figure judges changes status at
 * once.
 */
@QuarkusTest
public class FigureEditingTest {

    static final String REGISTER = """
            mutation Register($input: RegisterDocumentInput!) {
              registerDocument(input: $input) { code titleZh kind year }
            }""";
    public static final String RECORD = """
            mutation Record($input: RecordObservationInput!) {
              recordObservation(input: $input) {
                code version origin value unit year kind indicator { code } region { code } citation { quote }
                history { action version actor requestId after }
              }
            }""";
    static final String CORRECT = """
            mutation Correct($input: CorrectObservationInput!) {
              correctObservation(input: $input) { code version value history { action version reason before after } }
            }""";
    public static final String RETRACT = """
            mutation Retract($input: RetractObservationInput!) {
              retractObservation(input: $input) { action version actor reason before after }
            }""";
    static final String HISTORY = """
            query History($code: String!) { observationHistory(code: $code) { action version actor } }""";
    private static final String PM25 = """
            query Pm25 {
              targets(filter: {indicators: ["pm25-concentration"], region: "130100", targetYear: {from: 2025, to: 2025}}) {
                nodes { code progress(asOf: 2025) { status latestValue } }
              }
              targetStats(filter: {indicators: ["pm25-concentration"]}, asOf: 2025) { byStatus { status count } }
              observations(filter: {indicators: ["pm25-concentration"], year: {from: 2025, to: 2025}}) { totalCount }
            }""";

    @Inject
    EditorsRowsCleanup cleanup;

    @AfterEach
    void removeEditorsRows() throws SQLException {
        cleanup.removeAll();
    }

    /** A document of the tests' own, registered by {@code editor}; its code. */
    public static String registerDocument(String editor) {
        var code = unique("test-bulletin");
        send(token(editor, "editor"), REGISTER, Map.of("input", Map.of("code", code, "titleZh", "测试公报 " + code,
                "titleEn", "Test bulletin " + code, "year", 2025, "kind", "REVIEW", "url",
                "https://example.org/" + code + ".html", "summaryEn", "A document of the tests.")))
                .statusCode(200).body("errors", nullValue()).body("data.registerDocument.code", equalTo(code));
        return code;
    }

    /** A 2025 PM2.5 figure for 石家庄 quoting {@code document}. */
    public static Map<String, Object> pm25(String document, String value) {
        return Map.of("indicator", "pm25-concentration", "region", "130100", "year", 2025, "kind", "ACTUAL",
                "value", value, "unit", "微克/立方米", "citation",
                Map.of("document", document, "quote", "细颗粒物(PM2.5)平均浓度" + value + "微克/立方米"));
    }

    @Test
    void recordsAFigureWithItsSourceAndJudgesItsTargetAtOnce() {
        var document = registerDocument("li.na");
        var before = send(null, PM25, Map.of()).statusCode(200).body("errors", nullValue())
                .body("data.targets.nodes[0].code", equalTo("t06-pm25-2025"))
                .body("data.targets.nodes[0].progress.status", equalTo("NO_DATA")).extract();
        int figures = before.path("data.observations.totalCount");

        var recorded = send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation",
                pm25(document, "49")))).statusCode(200).body("errors", nullValue())
                .body("data.recordObservation.version", equalTo(1))
                .body("data.recordObservation.origin", equalTo("EDITOR"))
                .body("data.recordObservation.value", equalTo(49))
                .body("data.recordObservation.region.code", equalTo("130100"))
                .body("data.recordObservation.citation.quote", equalTo("细颗粒物(PM2.5)平均浓度49微克/立方米"))
                .body("data.recordObservation.history.action", contains("RECORDED"))
                .body("data.recordObservation.history[0].actor", equalTo("li.na"))
                .body("data.recordObservation.history[0].requestId", notNullValue())
                .body("data.recordObservation.history[0].after", containsString("\"value\": 49")).extract();

        send(null, PM25, Map.of()).statusCode(200).body("errors", nullValue())
                .body("data.targets.nodes[0].progress.status", equalTo("ACHIEVED"))
                .body("data.targets.nodes[0].progress.latestValue", equalTo(49))
                .body("data.observations.totalCount", equalTo(figures + 1))
                .body("data.targetStats.byStatus.find { it.status == 'ACHIEVED' }.count", equalTo(1));
        String code = recorded.path("data.recordObservation.code");
        send(null, HISTORY, Map.of("code", code)).statusCode(200).body("data.observationHistory.action",
                contains("RECORDED"));
    }

    @Test
    void correctsTheVersionReadAndRefusesAStaleOne() {
        var document = registerDocument("li.na");
        String code = send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation",
                pm25(document, "52")))).statusCode(200).body("errors", nullValue()).extract()
                .path("data.recordObservation.code");
        var correction = new HashMap<String, Object>(Map.of("code", code, "version", 1, "observation",
                pm25(document, "51"), "reason", "The bulletin's corrected edition gives 51."));

        send(token("wang.fang", "editor"), CORRECT, Map.of("input", correction)).statusCode(200)
                .body("errors", nullValue()).body("data.correctObservation.version", equalTo(2))
                .body("data.correctObservation.value", equalTo(51))
                .body("data.correctObservation.history.action", contains("RECORDED", "CORRECTED"))
                .body("data.correctObservation.history[1].reason",
                        equalTo("The bulletin's corrected edition gives 51."))
                .body("data.correctObservation.history[1].before", containsString("\"value\": 52"))
                .body("data.correctObservation.history[1].after", containsString("\"value\": 51"));

        correction.put("observation", pm25(document, "50"));
        send(token("li.na", "editor"), CORRECT, Map.of("input", correction)).statusCode(200)
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("version 2"));
        send(null, HISTORY, Map.of("code", code)).body("data.observationHistory", hasSize(2));
    }

    @Test
    void retractsOnlyWithTheAdminRoleAndKeepsTheHistory() {
        var document = registerDocument("li.na");
        int figures = send(null, PM25, Map.of()).extract().path("data.observations.totalCount");
        String code = send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation",
                pm25(document, "53")))).statusCode(200).body("errors", nullValue()).extract()
                .path("data.recordObservation.code");
        var retraction = Map.<String, Object> of("code", code, "version", 1, "reason",
                "Recorded under the wrong city.");

        send(token("li.na", "editor"), RETRACT, Map.of("input", retraction)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        send(token("zhao.lei", "admin"), RETRACT, Map.of("input", retraction)).statusCode(200)
                .body("errors", nullValue()).body("data.retractObservation.action", equalTo("RETRACTED"))
                .body("data.retractObservation.actor", equalTo("zhao.lei"))
                .body("data.retractObservation.before", containsString("\"value\": 53"))
                .body("data.retractObservation.after", nullValue());

        send(null, HISTORY, Map.of("code", code)).statusCode(200).body("data.observationHistory.action",
                contains("RECORDED", "RETRACTED"));
        send(null, PM25, Map.of()).body("data.targets.nodes[0].progress.status", equalTo("NO_DATA"))
                .body("data.observations.totalCount", equalTo(figures));
    }

    @Test
    void makesAChangeSentAgainWithItsKeyOnce() {
        var document = registerDocument("li.na");
        var input = Map.<String, Object> of("observation", pm25(document, "48"), "idempotencyKey", unique("key"));
        String first = send(token("li.na", "editor"), RECORD, Map.of("input", input)).statusCode(200)
                .body("errors", nullValue()).extract().path("data.recordObservation.code");
        String again = send(token("li.na", "editor"), RECORD, Map.of("input", input)).statusCode(200)
                .body("errors", nullValue()).extract().path("data.recordObservation.code");
        assertEquals(first, again);
        send(null, HISTORY, Map.of("code", first)).body("data.observationHistory", hasSize(1));

        var other = Map.<String, Object> of("observation", pm25(document, "47"), "idempotencyKey",
                input.get("idempotencyKey"));
        send(token("li.na", "editor"), RECORD, Map.of("input", other)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        // The key is the editor's own: another editor's change under the same key is another change.
        String theirs = send(token("wang.fang", "editor"), RECORD, Map.of("input", input)).statusCode(200)
                .body("errors", nullValue()).extract().path("data.recordObservation.code");
        assertNotEquals(first, theirs);
    }

    /** The token of docs/editing.md's local trial, minted by tools/mint-token.sh with openssl alone. */
    @Test
    void acceptsATokenMintedByTheTrialScript() throws Exception {
        var process = new ProcessBuilder("bash", "tools/mint-token.sh", "src/test/resources/" + EditorTokens.KEY,
                "zhang.wei", "editor", EditorTokens.ISSUER, "5").redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit = process.waitFor();
        Assumptions.assumeFalse(output.contains("openssl: command not found"), "openssl is not installed");
        assertEquals(0, exit, output);
        send(output, REGISTER, Map.of("input", Map.of("code", unique("test-trial"), "titleZh", "试用", "titleEn",
                "Trial", "year", 2025, "kind", "NEWS", "fileName", unique("trial") + ".txt", "summaryEn", "A trial.")))
                .statusCode(200).body("errors", nullValue());
    }

    @Test
    void figuresOfTheDatasetHaveNoHistoryAndStayAsReleased() {
        send(null, "{ observations(first: 1) { nodes { code version origin history { action } } } }", Map.of())
                .statusCode(200).body("errors", nullValue())
                .body("data.observations.nodes[0].origin", equalTo("DATASET"))
                .body("data.observations.nodes[0].version", equalTo(1))
                .body("data.observations.nodes[0].history", empty());
        String code = send(null, "{ observations(first: 1) { nodes { code } } }", Map.of()).extract()
                .path("data.observations.nodes[0].code");
        send(token("zhao.lei", "admin"), RETRACT, Map.of("input", Map.of("code", code, "version", 1, "reason",
                "try"))).statusCode(200).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.field", equalTo("code"));
        send(null, "{ observations(first: 1) { nodes { code } } }", Map.of())
                .body("data.observations.nodes[0].code", equalTo(code));
    }
}
