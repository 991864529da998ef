package io.cityplan.editing;

import static io.cityplan.editing.EditorTokens.send;
import static io.cityplan.editing.EditorTokens.token;
import static io.cityplan.editing.EditorTokens.unique;
import static io.cityplan.editing.FigureEditingTest.CORRECT;
import static io.cityplan.editing.FigureEditingTest.RECORD;
import static io.cityplan.editing.FigureEditingTest.REGISTER;
import static io.cityplan.editing.FigureEditingTest.pm25;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Writes by clients that should not make them, or with input that breaks the dataset's rules: each gets a clear error
 * with a stable code, and nothing is stored.
 */
@QuarkusTest
class HostileWritesTest {

    /** The document the figures below quote, registered before each test (a 2025 one). */
    private static final String DOCUMENT = "test-hostile-bulletin";
    private static final String RELEASED = "sjz-capital-plan-2021";

    @Inject
    DataSource dataSource;
    @Inject
    EditorsRowsCleanup cleanup;

    @BeforeEach
    void registerTheDocument() {
        send(token("li.na", "editor"), REGISTER, Map.of("input", document(DOCUMENT))).statusCode(200)
                .body("errors", nullValue());
    }

    @AfterEach
    void removeEditorsRows() throws SQLException {
        cleanup.removeAll();
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(Arguments.of("no token", null, "UNAUTHENTICATED"),
                Arguments.of("expired", EditorTokens.expired("li.na", "editor"), "UNAUTHENTICATED"),
                Arguments.of("signed by another key", EditorTokens.signedByAnother("li.na", "editor"),
                        "UNAUTHENTICATED"),
                Arguments.of("another issuer", EditorTokens.otherIssuer("li.na", "editor"), "UNAUTHENTICATED"),
                Arguments.of("alg none", EditorTokens.unsigned("li.na", "editor", "admin"), "UNAUTHENTICATED"),
                Arguments.of("not a JWT", "not-a-token", "UNAUTHENTICATED"),
                Arguments.of("a role it does not carry", token("li.na", "viewer"), "FORBIDDEN"),
                Arguments.of("no role at all", token("li.na"), "FORBIDDEN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void refusesAChangeWithoutAValidTokenAndRole(String what, String token, String code) throws SQLException {
        var before = stored();
        send(token, RECORD, Map.of("input", Map.of("observation", pm25(DOCUMENT, "49")))).statusCode(200)
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", not(containsString("Exception")));
        send(token, REGISTER, Map.of("input", document(unique("test-doc")))).statusCode(200)
                .body("errors[0].extensions.code", equalTo(code));
        send(token, TargetEditingTest.RECORD, Map.of("input", Map.of("target", TargetEditingTest.streets(DOCUMENT,
                "1000")))).statusCode(200).body("errors[0].extensions.code", equalTo(code));
        assertEquals(before, stored(), what);
    }

    @Test
    void answersReadsWhateverTheTokenSays() {
        for (var token : List.of(EditorTokens.expired("li.na", "editor"), "not-a-token",
                EditorTokens.unsigned("li.na", "admin"))) {
            send(token, "{ indicator(code: \"gdp\") { code } }", Map.of()).statusCode(200)
                    .body("errors", nullValue()).body("data.indicator.code", equalTo("gdp"));
        }
    }

    static Stream<Arguments> badFigures() {
        return Stream.of(
                Arguments.of("observation.indicator", edit(o -> with(o, "indicator", "no-such-indicator"))),
                Arguments.of("observation.region", edit(o -> with(o, "park", "gc-sports-park"))),
                Arguments.of("observation.region", edit(o -> with(o, "region", "999999"))),
                Arguments.of("observation.unit", edit(o -> with(o, "unit", "furlongs"))),
                Arguments.of("observation.year", edit(o -> with(o, "year", 2031))),
                Arguments.of("observation.year", edit(o -> with(o, "year", -5))),
                Arguments.of("observation.startYear", edit(o -> with(o, "form", "TOTAL"))),
                Arguments.of("observation.startYear", edit(o -> with(o, "startYear", 2020))),
                Arguments.of("observation.value", edit(o -> with(o, "value", "1" + "0".repeat(40)))),
                Arguments.of("observation.value", edit(o -> with(o, "value", "1e-40"))),
                Arguments.of("observation.startYear", edit(o -> with(with(o, "form", "TOTAL"), "startYear", 1800))),
                Arguments.of("observation.note", edit(o -> with(o, "note", "a\u0000b"))),
                Arguments.of("observation.note", edit(o -> with(o, "note", "长".repeat(2_001)))),
                Arguments.of("observation.periodZh", edit(o -> with(o, "periodZh", "月".repeat(41)))),
                Arguments.of("observation.citation.document", edit(o -> with(o, "citation",
                        Map.of("document", "no-such-document", "quote", "引文")))),
                Arguments.of("observation.citation.quote", edit(o -> with(o, "citation",
                        Map.of("document", DOCUMENT, "quote", "  ")))),
                Arguments.of("observation.citation.quote", edit(o -> with(o, "citation",
                        Map.of("document", DOCUMENT, "quote", "引".repeat(2_001))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFigures")
    void refusesAFigureThatBreaksTheDatasetsRules(String field, Map<String, Object> observation)
            throws SQLException {
        var before = stored();
        send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation", observation))).statusCode(200)
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.field", equalTo(field));
        assertEquals(before, stored(), field);
    }

    /** graphql-java refuses a variable that breaks its declared type, SmallRye one whose scalar it cannot read. */
    @Test
    void refusesInputsThatDoNotFitTheirTypes() throws SQLException {
        var before = stored();
        var observation = new HashMap<>(pm25(DOCUMENT, "49"));
        observation.remove("value");
        send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation", observation))).statusCode(200)
                .body("errors[0].extensions.code", oneOf("INVALID_VARIABLES", "INVALID_ARGUMENT"));
        send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation",
                with(pm25(DOCUMENT, "49"), "value", "forty-nine")))).statusCode(200)
                .body("errors[0].extensions.code", oneOf("INVALID_VARIABLES", "INVALID_ARGUMENT"));
        send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation",
                with(pm25(DOCUMENT, "49"), "value", "1e2147483648")))).statusCode(200)
                .body("errors[0].extensions.code", oneOf("INVALID_VARIABLES", "INVALID_ARGUMENT"));
        send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation",
                with(pm25(DOCUMENT, "49"), "kind", "RUMOURED")))).statusCode(200)
                .body("errors[0].extensions.code", oneOf("INVALID_VARIABLES", "INVALID_ARGUMENT"));
        send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation", pm25(DOCUMENT, "49"),
                "idempotencyKey", "k".repeat(201)))).statusCode(200)
                .body("errors[0].extensions.field", equalTo("idempotencyKey"));
        send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation", pm25(DOCUMENT, "49"),
                "idempotencyKey", "k\u0000"))).statusCode(200)
                .body("errors[0].extensions.field", equalTo("idempotencyKey"));
        assertEquals(before, stored());
    }

    @Test
    void refusesAForgedVersionOrCode() throws SQLException {
        String code = send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation",
                pm25(DOCUMENT, "49")))).statusCode(200).body("errors", nullValue()).extract()
                .path("data.recordObservation.code");
        var before = stored();
        for (var version : List.of(0, 2, 99, -1)) {
            send(token("li.na", "editor"), CORRECT, Map.of("input", Map.of("code", code, "version", version,
                    "observation", pm25(DOCUMENT, "1"), "reason", "forged"))).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
        }
        send(token("li.na", "editor"), CORRECT, Map.of("input", Map.of("code", code, "version", 1,
                "observation", pm25(DOCUMENT, "1"), "reason", " "))).statusCode(200)
                .body("errors[0].extensions.field", equalTo("reason"));
        for (var forged : List.of("no-such-figure", "a\u0000b", "x".repeat(65), "' OR 1=1 --")) {
            send(token("li.na", "editor"), CORRECT, Map.of("input", Map.of("code", forged, "version", 1,
                    "observation", pm25(DOCUMENT, "1"), "reason", "forged"))).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].extensions.field", equalTo("code"));
        }
        assertEquals(before, stored());
    }

    @Test
    void refusesADocumentThatBreaksTheRules() throws SQLException {
        var before = stored();
        for (var bad : List.<Map.Entry<String, UnaryOperator<Map<String, Object>>>> of(
                Map.entry("code", d -> with(d, "code", "Not A Code")),
                Map.entry("code", d -> with(d, "code", "a".repeat(81))),
                Map.entry("url", d -> with(with(d, "url", null), "fileName", null)),
                Map.entry("url", d -> with(d, "url", "javascript:alert(1)")),
                Map.entry("url", d -> with(d, "url", "file:///etc/passwd")),
                Map.entry("titleZh", d -> with(d, "titleZh", " ")),
                Map.entry("year", d -> with(d, "year", 1800)),
                Map.entry("date", d -> with(d, "date", "+5874898-01-01")),
                Map.entry("date", d -> with(d, "date", "1800-01-01")))) {
            send(token("li.na", "editor"), REGISTER, Map.of("input", bad.getValue().apply(document(unique("t")))))
                    .statusCode(200).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].extensions.field", equalTo(bad.getKey()));
        }
        send(token("li.na", "editor"), REGISTER, Map.of("input", with(document(RELEASED), "url",
                "https://example.org/another"))).statusCode(200).body("errors[0].extensions.code", equalTo("CONFLICT"));
        assertEquals(before, stored());
    }

    @Test
    void refusesABodyOverTheLimitBeforeReadingIt() throws SQLException {
        var before = stored();
        send(token("li.na", "editor"), RECORD, Map.of("input", Map.of("observation", with(pm25(DOCUMENT, "49"),
                "note", "长".repeat(300_000))))).statusCode(413);
        assertEquals(before, stored());
    }

    private static Map<String, Object> document(String code) {
        return Map.of("code", code, "titleZh", "测试 " + code, "titleEn", "Test " + code, "year", 2025, "kind",
                "NEWS", "url", "https://example.org/" + code, "summaryEn", "A document of the tests.");
    }

    private static Map<String, Object> edit(UnaryOperator<Map<String, Object>> change) {
        return change.apply(pm25(DOCUMENT, "49"));
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        var copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    /** How many rows editors have in the figure and target tables, and how many changes the audit trail holds. */
    private List<Long> stored() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        SELECT (SELECT count(*) FROM observation WHERE origin = 'EDITOR')
                                + (SELECT count(*) FROM target WHERE origin = 'EDITOR'),
                            (SELECT count(*) FROM citation WHERE origin = 'EDITOR'),
                            (SELECT count(*) FROM source_document WHERE origin = 'EDITOR'),
                            (SELECT count(*) FROM figure_change)""")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }
}
