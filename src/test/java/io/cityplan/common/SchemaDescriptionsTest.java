package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The schema is the documentation GraphiQL shows: every type, field, argument and enum value of ours has one. */
@QuarkusTest
class SchemaDescriptionsTest {

    private static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID", "BigDecimal",
            "BigInteger", "Date", "DateTime", "Time");

    private static final String TYPES = """
            {
              __schema {
                types {
                  name kind description
                  fields { name description args { name description } }
                  inputFields { name description }
                  enumValues { name description }
                }
              }
            }""";

    @Test
    @SuppressWarnings("unchecked")
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        List<Map<String, Object>> types = query(TYPES).extract().path("data.__schema.types");
        var missing = new ArrayList<String>();
        for (var type : types) {
            var name = (String) type.get("name");
            if (name.startsWith("__") || BUILT_IN.contains(name)) {
                continue;
            }
            if (!name.equals("Query")) {
                check(missing, name, type.get("description"));
            }
            for (var field : list(type.get("fields"))) {
                var path = name + "." + field.get("name");
                check(missing, path, field.get("description"));
                for (var arg : list(field.get("args"))) {
                    check(missing, path + "(" + arg.get("name") + ")", arg.get("description"));
                }
            }
            list(type.get("inputFields")).forEach(f -> check(missing, name + "." + f.get("name"),
                    f.get("description")));
            list(type.get("enumValues")).forEach(v -> check(missing, name + "." + v.get("name"),
                    v.get("description")));
        }
        assertEquals(List.of(), missing, "without a description");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void check(List<String> missing, String path, Object description) {
        if (description == null || ((String) description).isBlank()) {
            missing.add(path);
        }
    }
}
