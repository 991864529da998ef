package io.cityplan.execution;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The object types that {@link QueryCompiler} reads with SQL: each one's table and fields, as features declare them.
 */
@ApplicationScoped
public class SqlSchema {

    private final Map<String, String> tables = new HashMap<>();
    private final Map<String, Map<String, SqlField>> fields = new HashMap<>();

    SqlSchema(Instance<SqlTypes> features) {
        features.forEach(feature -> feature.contribute(this));
    }

    /** Type {@code type} is read from {@code table}, one row per object. */
    public SqlSchema table(String type, String table) {
        tables.put(type, table);
        return this;
    }

    /** Field {@code name} of type {@code type} reads as {@code field} says. */
    public SqlSchema field(String type, String name, SqlField field) {
        fields.computeIfAbsent(type, t -> new HashMap<>()).put(name, field);
        return this;
    }

    /** Whether field {@code name} of type {@code type} is declared; tests build queries from these. */
    boolean declares(String type, String name) {
        return fields.getOrDefault(type, Map.of()).containsKey(name);
    }

    String table(String type) {
        var table = tables.get(type);
        if (table == null) {
            throw new NotCompilable("type " + type + " has no table");
        }
        return table;
    }

    SqlField field(String type, String name) {
        var field = fields.getOrDefault(type, Map.of()).get(name);
        if (field == null) {
            throw new NotCompilable(type + "." + name + " is resolved field by field");
        }
        return field;
    }
}
