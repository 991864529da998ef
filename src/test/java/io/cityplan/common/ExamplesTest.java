package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs every documented example query ({@code src/main/resources/explorer/examples} and the explorer's own) with the
 * variables its header gives, and checks it answers without errors in the number of SQL statements its header states.
 * That number depends on the query's shape only: every relationship is one batched statement, whatever the rows.
 */
@QuarkusTest
class ExamplesTest {

    static final String EXPLORER_EXAMPLE = "explorer/example.graphql";
    private static final Pattern VARIABLES = Pattern.compile("(?m)^# variables: (.*)$");
    private static final Pattern STATEMENTS = Pattern.compile("(?m)^# statements: (\\d+)");

    @Inject
    SessionFactory sessionFactory;
    @Inject
    MeterRegistry registry;

    static Stream<String> examples() throws IOException {
        // The source folder: against the packaged application, the classpath holds it inside a jar.
        var folder = Path.of("src/main/resources/explorer/examples");
        var names = new ArrayList<String>(List.of(EXPLORER_EXAMPLE));
        try (var files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".graphql"))
                    .map(f -> "explorer/examples/" + f).sorted().forEach(names::add);
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void answersWithoutErrorsInTheStatedNumberOfStatements(String example) throws IOException {
        var document = GraphQLClient.resource(example);
        var variables = example.equals(EXPLORER_EXAMPLE)
                ? new ObjectMapper().readValue(GraphQLClient.resource("explorer/example-variables.json"),
                        new TypeReference<Map<String, Object>>() {
                        })
                : variables(document);
        // Within the cost limit (QueryCostTest), which reports what it cost.
        var count = Statements.during(sessionFactory, registry, () -> query(document, variables)
                .body("data", notNullValue()).body("extensions.cost.requested", greaterThan(0)));
        Log.infof("%s: %d SQL statements", example, count);
        var stated = STATEMENTS.matcher(document);
        // The explorer's example speaks to users; its count is stated here: every field of it compiles into one
        // statement (io.cityplan.execution.QueryCompiler).
        long expected = example.equals(EXPLORER_EXAMPLE) ? 1 : stated.find() ? Long.parseLong(stated.group(1)) : -1;
        assertEquals(expected, count, example + ": the statements its header states");
    }

    static Map<String, Object> variables(String document) throws IOException {
        var m = VARIABLES.matcher(document);
        if (!m.find()) {
            return Map.of();
        }
        var parsed = new ObjectMapper().readValue(m.group(1), new TypeReference<Map<String, Object>>() {
        });
        // Map.of refuses nulls, which variables may hold.
        return new HashMap<>(parsed);
    }
}
