package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ExamplesParsingTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void indexNamesEveryExampleInTheFolder() throws IOException {
        var folder = Path.of("src/main/resources/" + Examples.FOLDER);
        try (var files = Files.list(folder)) {
            var graphql = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".graphql")).sorted()
                    .toList();
            assertEquals(graphql, Examples.read(json).stream().map(Examples.Example::file).sorted().toList());
        }
    }

    @Test
    void titleIsTheLeadingCommentAndVariablesLeaveTheQuery() {
        var example = Examples.parse("x.graphql", """
                # Which targets fall due in 2025,
                # by indicator?
                # variables: { "first": 5 }
                # statements: 1 (SQL statements for one request)
                query Due($first: Int) {
                  # a comment in the query stays
                  targets(first: $first) { totalCount }
                }
                """, json);
        assertEquals("Which targets fall due in 2025, by indicator?", example.title());
        assertEquals(5, example.variables().get("first").asInt());
        assertEquals("""
                # Which targets fall due in 2025,
                # by indicator?
                query Due($first: Int) {
                  # a comment in the query stays
                  targets(first: $first) { totalCount }
                }
                """, example.query());
    }

    @Test
    void exampleWithoutVariablesHasAnEmptyObject() {
        var example = Examples.parse("x.graphql", "# The plan.\n{ plans { code } }\n", json);
        assertEquals("The plan.", example.title());
        assertEquals(0, example.variables().size());
    }

    @Test
    void refusesVariablesThatAreNotAJsonObject() {
        assertThrows(IllegalStateException.class, () -> Examples.parse("x.graphql", "# variables: [1]\n{ a }", json));
        assertThrows(IllegalStateException.class, () -> Examples.parse("x.graphql", "# variables: {\n{ a }", json));
    }
}
