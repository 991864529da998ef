package io.cityplan.editing;

import static io.cityplan.editing.EditorTokens.send;
import static io.cityplan.editing.EditorTokens.token;
import static io.cityplan.editing.EditorTokens.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An editor sets, corrects and retracts a target with its source: it is judged against the figures of its series at
 * once, its task counts it, and its history keeps every change.
 */
@QuarkusTest
public class TargetEditingTest {

    public static final String RECORD = """
            mutation Record($input: RecordTargetInput!) {
              recordTarget(input: $input) {
                code version origin value unit targetYear comparator form aspirational indicator { code }
                region { code } task { ordinal } citation { quote } progress(asOf: 2021) { status latestValue }
                history { action version actor after }
              }
            }""";
    static final String CORRECT = """
            mutation Correct($input: CorrectTargetInput!) {
              correctTarget(input: $input) {
                code version value progress(asOf: 2021) { status } history { action version reason before after }
              }
            }""";
    public static final String RETRACT = """
            mutation Retract($input: RetractTargetInput!) {
              retractTarget(input: $input) { action version actor reason before after }
            }""";
    private static final String STREETS = """
            query Streets {
              targets(filter: {indicators: ["back-streets-renovated"], region: "130100"}, asOf: 2021) {
                totalCount nodes { code origin progress(asOf: 2021) { status } }
              }
              task: targets(filter: {plan: "sjz-capital-plan-2021", task: 9}) { totalCount }
            }""";

    @Inject
    EditorsRowsCleanup cleanup;

    @AfterEach
    void removeEditorsRows() throws SQLException {
        cleanup.removeAll();
    }

    /** A target of at least {@code value} back streets renovated in 石家庄 in 2021, set by task 9, quoting document. */
    public static Map<String, Object> streets(String document, String value) {
        var target = new HashMap<String, Object>(Map.of("indicator", "back-streets-renovated", "region", "130100",
                "plan", "sjz-capital-plan-2021", "task", 9, "comparator", "GTE", "value", value, "unit", "条",
                "targetYear", 2021, "citation", Map.of("document", document, "quote", "改造背街小巷" + value + "条")));
        target.put("aspirational", true);
        return target;
    }

    @Test
    void setsATargetWithItsSourceAndJudgesItAtOnce() {
        var document = FigureEditingTest.registerDocument("li.na");
        var before = send(null, STREETS, Map.of()).statusCode(200).body("errors", nullValue()).extract();
        int targets = before.path("data.targets.totalCount");
        int ofTask = before.path("data.task.totalCount");

        String code = send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("target",
                streets(document, "1000")))).statusCode(200).body("errors", nullValue())
                .body("data.recordTarget.version", equalTo(1))
                .body("data.recordTarget.origin", equalTo("EDITOR"))
                .body("data.recordTarget.form", equalTo("LEVEL"))
                .body("data.recordTarget.aspirational", equalTo(true))
                .body("data.recordTarget.task.ordinal", equalTo(9))
                .body("data.recordTarget.citation.quote", equalTo("改造背街小巷1000条"))
                // 1,123 back streets were renovated in 2021 (economic-work-conference-2021).
                .body("data.recordTarget.progress.status", equalTo("ACHIEVED"))
                .body("data.recordTarget.progress.latestValue", equalTo(1123))
                .body("data.recordTarget.history.action", contains("RECORDED"))
                .body("data.recordTarget.history[0].after", containsString("\"target_year\": 2021")).extract()
                .path("data.recordTarget.code");

        send(null, STREETS, Map.of()).statusCode(200).body("errors", nullValue())
                .body("data.targets.totalCount", equalTo(targets + 1))
                .body("data.targets.nodes.find { it.code == '" + code + "' }.progress.status", equalTo("ACHIEVED"))
                .body("data.task.totalCount", equalTo(ofTask + 1));
        send(null, "query ($c: String!) { targetHistory(code: $c) { action actor } }", Map.of("c", code))
                .statusCode(200).body("data.targetHistory.action", contains("RECORDED"))
                .body("data.targetHistory[0].actor", equalTo("li.na"));
    }

    @Test
    void correctsTheVersionReadAndRefusesAStaleOne() {
        var document = FigureEditingTest.registerDocument("li.na");
        String code = send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("target",
                streets(document, "1000")))).statusCode(200).body("errors", nullValue()).extract()
                .path("data.recordTarget.code");
        var correction = new HashMap<String, Object>(Map.of("code", code, "version", 1, "target",
                streets(document, "1500"), "reason", "The work plan's final edition asks for 1,500."));

        send(token("wang.fang", "editor"), CORRECT, Map.of("input", correction)).statusCode(200)
                .body("errors", nullValue()).body("data.correctTarget.version", equalTo(2))
                .body("data.correctTarget.value", equalTo(1500))
                .body("data.correctTarget.progress.status", equalTo("OFF_TRACK"))
                .body("data.correctTarget.history.action", contains("RECORDED", "CORRECTED"))
                .body("data.correctTarget.history[1].before", containsString("\"value\": 1000"))
                .body("data.correctTarget.history[1].after", containsString("\"value\": 1500"));

        send(token("li.na", "editor"), CORRECT, Map.of("input", correction)).statusCode(200)
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("version 2"));
    }

    @Test
    void setsATargetSentAgainWithItsKeyOnce() {
        var document = FigureEditingTest.registerDocument("li.na");
        var input = Map.<String, Object> of("target", streets(document, "1000"), "idempotencyKey", unique("key"));
        String first = send(token("li.na", "editor"), RECORD, Map.of("input", input)).statusCode(200)
                .body("errors", nullValue()).extract().path("data.recordTarget.code");
        send(token("li.na", "editor"), RECORD, Map.of("input", input)).statusCode(200).body("errors", nullValue())
                .body("data.recordTarget.code", equalTo(first)).body("data.recordTarget.history", hasSize(1));
    }

    @Test
    void retractsOnlyWithTheAdminRoleAndKeepsTheHistory() {
        var document = FigureEditingTest.registerDocument("li.na");
        var before = send(null, STREETS, Map.of()).extract();
        int targets = before.path("data.targets.totalCount");
        int ofTask = before.path("data.task.totalCount");
        String code = send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("target",
                streets(document, "1000")))).statusCode(200).body("errors", nullValue()).extract()
                .path("data.recordTarget.code");
        var retraction = Map.<String, Object> of("code", code, "version", 1, "reason", "Set for the wrong year.");

        send(token("li.na", "editor"), RETRACT, Map.of("input", retraction)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        send(token("zhao.lei", "admin"), RETRACT, Map.of("input", retraction)).statusCode(200)
                .body("errors", nullValue()).body("data.retractTarget.action", equalTo("RETRACTED"))
                .body("data.retractTarget.before", containsString("\"value\": 1000"))
                .body("data.retractTarget.after", nullValue());

        send(null, STREETS, Map.of()).body("data.targets.totalCount", equalTo(targets))
                .body("data.task.totalCount", equalTo(ofTask));
        send(null, "query ($c: String!) { targetHistory(code: $c) { action } }", Map.of("c", code))
                .body("data.targetHistory.action", contains("RECORDED", "RETRACTED"));
        send(token("zhao.lei", "admin"), RETRACT, Map.of("input", retraction)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
    }

    @Test
    void refusesATargetTheDatasetsRulesRefuse() {
        var document = FigureEditingTest.registerDocument("li.na");
        var cases = Map.of(
                "target.referenceZh", Map.<String, Object> of("form", "DIFFERENCE"),
                "target.baselineYear", Map.<String, Object> of("form", "CHANGE"),
                "target.startYear", Map.<String, Object> of("form", "TOTAL"),
                "target.task", Map.<String, Object> of("task", 999),
                "target.plan", Map.<String, Object> of("plan", "no-such-plan"),
                "target.unit", Map.<String, Object> of("unit", "furlongs"),
                "target.targetYear", Map.<String, Object> of("targetYear", 3000),
                "target.citation.quote", Map.<String, Object> of("citation", Map.of("document", document, "quote",
                        " ")));
        cases.forEach((field, change) -> {
            var target = streets(document, "1000");
            target.putAll(change);
            send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("target", target))).statusCode(200)
                    .body("data", nullValue()).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].extensions.field", equalTo(field));
        });
        var past = streets(document, "1000");
        past.putAll(Map.of("form", "CHANGE", "baselineYear", 2021));
        send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("target", past))).statusCode(200)
                .body("errors[0].extensions.field", equalTo("target.baselineYear"));
        send(null, "{ targets(filter: {indicators: [\"back-streets-renovated\"]}) { nodes { origin } } }", Map.of())
                .body("data.targets.nodes.findAll { it.origin == 'EDITOR' }", empty());
    }

    @Test
    void refusesAForgedVersionAndTextOverItsBounds() {
        var document = FigureEditingTest.registerDocument("li.na");
        String code = send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("target",
                streets(document, "1000")))).statusCode(200).body("errors", nullValue()).extract()
                .path("data.recordTarget.code");
        for (var version : List.of(0, 2, -1)) {
            send(token("li.na", "editor"), CORRECT, Map.of("input", Map.of("code", code, "version", version,
                    "target", streets(document, "1"), "reason", "forged"))).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
        }
        for (var reference : List.of("参".repeat(201), "全省\u0000平均", " ")) {
            var target = streets(document, "1");
            target.putAll(Map.of("form", "DIFFERENCE", "referenceZh", reference));
            send(token("li.na", "editor"), CORRECT, Map.of("input", Map.of("code", code, "version", 1, "target",
                    target, "reason", "oversized"))).statusCode(200)
                    .body("errors[0].extensions.field", equalTo("target.referenceZh"));
        }
        send(null, "query ($c: String!) { targetHistory(code: $c) { action } }", Map.of("c", code))
                .body("data.targetHistory.action", contains("RECORDED"));
    }

    @Test
    void targetsOfTheDatasetHaveNoHistoryAndStayAsReleased() {
        send(null, "{ targets(first: 1) { nodes { code version origin history { action } } } }", Map.of())
                .statusCode(200).body("errors", nullValue())
                .body("data.targets.nodes[0].origin", equalTo("DATASET"))
                .body("data.targets.nodes[0].version", equalTo(1))
                .body("data.targets.nodes[0].history", empty());
        String code = send(null, "{ targets(first: 1) { nodes { code } } }", Map.of()).extract()
                .path("data.targets.nodes[0].code");
        send(token("zhao.lei", "admin"), RETRACT, Map.of("input", Map.of("code", code, "version", 1, "reason",
                "try"))).statusCode(200).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.field", equalTo("code"));
        assertEquals(code, send(null, "{ targets(first: 1) { nodes { code } } }", Map.of()).extract()
                .path("data.targets.nodes[0].code"));
    }
}
