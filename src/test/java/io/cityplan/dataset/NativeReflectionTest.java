package io.cityplan.dataset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native executable needs to read the dataset: Jackson builds every record of {@link DatasetFiles} and reads
 * every enum among their components by reflection, so each must be registered. A record or enum added without it
 * would load in the JVM and fail only in a native build; this test fails first.
 */
class NativeReflectionTest {

    @Test
    void everyDatasetRecordAndEnumIsRegisteredForReflection() {
        var registered = Set.of(DatasetFiles.class.getAnnotation(RegisterForReflection.class).targets());
        var needed = new HashSet<Class<?>>();
        for (var record : DatasetFiles.class.getDeclaredClasses()) {
            if (record.isRecord()) {
                needed.add(record);
                Arrays.stream(record.getRecordComponents()).forEach(c -> collectEnums(c.getGenericType(), needed));
            }
        }
        var missing = new HashSet<>(needed);
        missing.removeAll(registered);
        assertTrue(missing.isEmpty(), "not registered for reflection: " + missing);
    }

    private static void collectEnums(Type type, Set<Class<?>> into) {
        if (type instanceof Class<?> c && c.isEnum()) {
            into.add(c);
        } else if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> collectEnums(a, into));
        }
    }
}
