package io.cityplan.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The documented example queries ({@code explorer/examples}), as the explorer lists them. Each file is a GraphQL
 * document whose leading comment says what it answers and gives its variables ({@code # variables: {...}}) and the
 * number of SQL statements it takes ({@code # statements: n}, which ExamplesTest checks). {@code index.txt} names the
 * files in the order the explorer lists them: resources cannot be listed by folder in every packaging (the native
 * executable among them), and a test checks that it names every file.
 */
final class Examples {

    static final String FOLDER = "explorer/examples/";
    private static final Pattern VARIABLES = Pattern.compile("^# variables: (.*)$");
    private static final Pattern STATEMENTS = Pattern.compile("^# statements: .*$");

    /** One example: its file name, what it answers, its query text and its variables (a JSON object). */
    @RegisterForReflection // written as JSON by Jackson, in the native executable too
    record Example(String file, String title, String query, JsonNode variables) {
    }

    private Examples() {
    }

    /** Every example, in the order of {@code index.txt}. */
    static List<Example> read(ObjectMapper json) {
        return resource(FOLDER + "index.txt").lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(file -> parse(file, resource(FOLDER + file), json)).toList();
    }

    /**
     * The comment lines before the first {@code # variables:} line make the title, and stay in the query for the
     * reader; the variables and statements lines leave it.
     */
    static Example parse(String file, String document, ObjectMapper json) {
        var title = new ArrayList<String>();
        var query = new StringBuilder();
        JsonNode variables = json.createObjectNode();
        boolean header = true;
        for (var line : document.split("\n", -1)) {
            var variablesLine = VARIABLES.matcher(line);
            if (variablesLine.matches()) {
                variables = variables(file, variablesLine.group(1), json);
                header = false;
            } else if (STATEMENTS.matcher(line).matches()) {
                header = false;
            } else {
                if (header && line.startsWith("#")) {
                    title.add(line.substring(1).strip());
                } else {
                    header = false;
                }
                query.append(line).append('\n');
            }
        }
        return new Example(file, String.join(" ", title), query.toString().strip() + "\n", variables);
    }

    private static JsonNode variables(String file, String text, ObjectMapper json) {
        try {
            var node = json.readTree(text);
            if (!node.isObject()) {
                throw new IllegalStateException(file + ": its variables are not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file + ": its variables are not JSON", e);
        }
    }

    static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
