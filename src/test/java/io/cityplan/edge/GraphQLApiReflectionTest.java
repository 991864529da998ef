package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native executable needs of the GraphQL API classes. Quarkus 3.34.1 registers for reflection the class of every
 * root operation (SmallRyeGraphQLProcessor.getSchemaJavaClasses reads {@code Schema.getAllOperations}: queries,
 * mutations, subscriptions), but not that of a type's {@code @Source} fields; SmallRye loads that class by name when
 * it makes the fields' batch loaders, so an API class that declares only {@code @Source} fields answers every request
 * that selects one with HTTP 500 (ClassNotFoundException) in a native executable, and works on the JVM. Such a class
 * carries {@code @RegisterForReflection}; this test fails for one that does not. (Whether Quarkus still needs it shows
 * only in a native build: remove the annotations and run {@code .ci/native}, whose NodeGraphQLApiIT and ExamplesIT
 * failed so on 3.34.1.)
 */
class GraphQLApiReflectionTest {

    @Test
    void everyApiClassWithOnlySourceFieldsIsRegisteredForReflection() throws IOException, ClassNotFoundException {
        var unregistered = new ArrayList<String>();
        for (var type : apiClasses()) {
            boolean rootOperation = Arrays.stream(type.getDeclaredMethods())
                    .anyMatch(m -> m.isAnnotationPresent(Query.class) || m.isAnnotationPresent(Mutation.class));
            if (!rootOperation && !type.isAnnotationPresent(RegisterForReflection.class)) {
                unregistered.add(type.getName());
            }
        }
        assertEquals(List.of(), unregistered);
    }

    private static List<Class<?>> apiClasses() throws IOException, ClassNotFoundException {
        var root = Path.of("target/classes");
        var found = new ArrayList<Class<?>>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith("GraphQLApi.class")).toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                var type = Class.forName(name);
                if (type.isAnnotationPresent(GraphQLApi.class)) {
                    found.add(type);
                }
            }
        }
        assertTrue(found.size() > 10, "found the API classes: " + found);
        return found;
    }
}
