package io.cityplan.editing;

import static io.cityplan.editing.EditorTokens.send;
import static io.cityplan.editing.EditorTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Changes sent at once, which touch the same task's targets and counts, are all made: they take the lock judging takes
 * before they write, so none waits on another's rows while holding what that one waits for.
 */
@QuarkusTest
class ConcurrentEditsTest {

    @Inject
    EditorsRowsCleanup cleanup;

    @AfterEach
    void removeEditorsRows() throws SQLException {
        cleanup.removeAll();
    }

    @Test
    void makesChangesSentAtOnceOneAfterAnother() throws Exception {
        var document = FigureEditingTest.registerDocument("li.na");
        var targets = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            targets.add(send(token("li.na", "editor"), TargetEditingTest.RECORD, Map.of("input", Map.of("target",
                    TargetEditingTest.streets(document, String.valueOf(1000 + i))))).statusCode(200)
                    .body("errors", nullValue()).extract().path("data.recordTarget.code"));
        }
        var changes = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 4; i++) {
            var code = targets.get(i);
            int value = 1100 + i;
            // Retracting a target of task 9 while figures of its series (which task 9's targets are judged by) come in.
            changes.add(() -> send(token("zhao.lei", "admin"), TargetEditingTest.RETRACT, Map.of("input", Map.of(
                    "code", code, "version", 1, "reason", "Set twice."))).extract().path("errors"));
            changes.add(() -> send(token("li.na", "editor"), FigureEditingTest.RECORD, Map.of("input", Map.of(
                    "observation", Map.of("indicator", "back-streets-renovated", "region", "130100", "year", 2025,
                            "kind", "ACTUAL", "value", String.valueOf(value), "unit", "条", "citation", Map.of(
                                    "document", document, "quote", "改造背街小巷" + value + "条")))))
                    .extract().path("errors"));
        }
        var pool = Executors.newFixedThreadPool(changes.size());
        try {
            for (var answer : pool.invokeAll(changes)) {
                assertNull(answer.get(), "a change sent at once with others failed");
            }
        } finally {
            pool.shutdown();
        }
        send(null, "{ targets(filter: {indicators: [\"back-streets-renovated\"]}) { nodes { origin } } }", Map.of())
                .statusCode(200).body("data.targets.nodes.findAll { it.origin == 'EDITOR' }.size()", equalTo(0));
    }
}
