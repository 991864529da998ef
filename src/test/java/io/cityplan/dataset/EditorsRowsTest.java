package io.cityplan.dataset;

import static io.cityplan.editing.EditorTokens.send;
import static io.cityplan.editing.EditorTokens.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cityplan.editing.EditorsRowsCleanup;
import io.cityplan.editing.FigureEditingTest;
import io.cityplan.editing.TargetEditingTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Loading a dataset release keeps what editors recorded, and refuses a release in which an editor's figure or target
 * no longer fits, naming it, with nothing lost.
 */
@QuarkusTest
class EditorsRowsTest {

    private static final String FIGURE = """
            query ($code: String!, $target: String!) {
              observations(filter: {indicators: ["pm25-concentration"]}) { nodes { code } }
              observationHistory(code: $code) { action }
              targets(filter: {indicators: ["back-streets-renovated"]}) { nodes { code origin version } }
              targetHistory(code: $target) { action }
            }""";

    @Inject
    DatasetLoader loader;
    @Inject
    DataSource dataSource;
    @Inject
    EditorsRowsCleanup cleanup;

    @AfterEach
    void removeEditorsRows() throws SQLException {
        execute("DELETE FROM observation WHERE unit_symbol = 'test-furlong'",
                "DELETE FROM target WHERE unit_symbol = 'test-furlong'",
                "DELETE FROM unit WHERE symbol = 'test-furlong'");
        cleanup.removeAll();
        execute("UPDATE dataset_load SET checksum = 'forced'");
        loader.load();
    }

    @Test
    void keepsEditorsFiguresAcrossARelease() throws SQLException {
        var document = FigureEditingTest.registerDocument("li.na");
        String code = send(token("li.na", "editor"), FigureEditingTest.RECORD, Map.of("input", Map.of(
                "observation", FigureEditingTest.pm25(document, "49")))).statusCode(200).body("errors", nullValue())
                .extract().path("data.recordObservation.code");
        String target = recordTarget(document);

        execute("UPDATE dataset_load SET checksum = 'forced'");
        loader.load();

        send(null, FIGURE, Map.of("code", code, "target", target)).statusCode(200).body("errors", nullValue())
                .body("data.observations.nodes.code", contains(code))
                .body("data.observationHistory.action", contains("RECORDED"))
                .body("data.targets.nodes.find { it.code == '" + target + "' }.origin", equalTo("EDITOR"))
                .body("data.targetHistory.action", contains("RECORDED"));
        send(null, "query ($c: String!) { document(code: $c) { code } }", Map.of("c", document)).statusCode(200)
                .body("data.document.code", equalTo(document));
    }

    @Test
    void refusesAReleaseInWhichAnEditorsFigureNoLongerFits() throws SQLException {
        var document = FigureEditingTest.registerDocument("li.na");
        String code = send(token("li.na", "editor"), FigureEditingTest.RECORD, Map.of("input", Map.of(
                "observation", FigureEditingTest.pm25(document, "49")))).statusCode(200).body("errors", nullValue())
                .extract().path("data.recordObservation.code");
        String target = recordTarget(document);
        // A unit that no release holds, as if the release had dropped it.
        execute("INSERT INTO unit (symbol, name_en) VALUES ('test-furlong', 'furlong')",
                "UPDATE observation SET unit_symbol = 'test-furlong' WHERE code = '" + code + "'",
                "UPDATE target SET unit_symbol = 'test-furlong' WHERE code = '" + target + "'",
                "UPDATE dataset_load SET checksum = 'forced'");
        long figures = count("SELECT count(*) FROM observation");

        var refused = assertThrows(DatasetException.class, loader::load);
        assertTrue(refused.problems().contains("figure " + code + " of an editor: the release has no unit "
                + "test-furlong"), refused.problems().toString());
        assertTrue(refused.problems().contains("target " + target + " of an editor: the release has no unit "
                + "test-furlong"), refused.problems().toString());
        assertEquals(figures, count("SELECT count(*) FROM observation"));
        assertEquals(1, count("SELECT count(*) FROM observation WHERE code = '" + code + "'"));
    }

    private static String recordTarget(String document) {
        return send(token("li.na", "editor"), TargetEditingTest.RECORD, Map.of("input", Map.of("target",
                TargetEditingTest.streets(document, "1000")))).statusCode(200).body("errors", nullValue()).extract()
                .path("data.recordTarget.code");
    }

    private void execute(String... statements) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
