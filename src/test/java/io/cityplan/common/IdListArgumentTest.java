package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.tools.ToolProvider;

import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

import graphql.schema.DataFetchingEnvironmentImpl;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.schema.SchemaBuilder;
import io.smallrye.graphql.transformation.TransformException;

/**
 * The canary of {@code nodes(ids:)}'s type, {@code [String!]!} where {@code [ID!]!} belongs: SmallRye GraphQL 2.17
 * types
 * an argument {@code @Id List<String>} as {@code [ID!]!}, but its model gives the ID the class of the list
 * ({@code java.util.List}), and reading a value then fails (each id is parsed as JSON). Built here as Quarkus builds
 * it, by SmallRye's schema builder, and read by SmallRye's argument helper. When this fails, SmallRye reads a list of
 * ids, and {@code nodes(ids:)} can take {@code [ID!]!} (a change clients see: their variables are declared
 * {@code [String!]!}).
 */
class IdListArgumentTest {

    /**
     * An API with one such argument, compiled here rather than with the tests: a class of the test sources would be
     * found by Quarkus, and its operation served with cityplan's.
     */
    private static final String SAMPLE = """
            package sample;

            import java.util.List;
            import org.eclipse.microprofile.graphql.*;

            @GraphQLApi
            public class Sample {
                @Query
                public List<String> echo(@NonNull @Id List<@NonNull String> ids) {
                    return ids;
                }
            }
            """;

    @Test
    void smallRyeStillCannotReadAListOfIds() throws IOException {
        var operation = SchemaBuilder.build(compiled(SAMPLE)).getQueries().iterator().next();
        var argument = operation.getArguments().get(0);
        assertEquals("ID", argument.getReference().getName());
        assertEquals("java.util.List", argument.getReference().getClassName());

        var environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .arguments(Map.of("ids", List.of("a", "b"))).build();
        assertThrows(TransformException.class,
                () -> new ArgumentHelper(operation.getArguments()).getArguments(environment));
    }

    /** The index of the class that {@code source} declares, compiled against this test's class path. */
    private static Index compiled(String source) throws IOException {
        var out = Files.createTempDirectory("cityplan-sample-");
        try {
            var file = out.resolve("Sample.java");
            Files.writeString(file, source);
            var javac = ToolProvider.getSystemJavaCompiler();
            assertEquals(0,
                    javac.run(null, null, null, "-parameters", "-classpath", System.getProperty("java.class.path"),
                            "-d",
                            out.toString(), file.toString()),
                    "the sample compiles");
            try (var bytes = Files.newInputStream(out.resolve("sample/Sample.class"))) {
                var indexer = new Indexer();
                indexer.index(bytes);
                return indexer.complete();
            }
        } finally {
            try (var paths = Files.walk(out)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
