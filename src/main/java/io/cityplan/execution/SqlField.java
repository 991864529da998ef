package io.cityplan.execution;

import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.normalized.ExecutableNormalizedField;
import io.cityplan.common.GlobalId;
import io.cityplan.common.Sql;

/**
 * How a field of an object type reads from PostgreSQL, for {@link QueryCompiler}: an SQL expression of its value on
 * the row of its object, which {@code json_build_object} turns into the field's JSON (text into a string, numeric
 * into a number, a nested {@code json} as it is).
 */
@FunctionalInterface
public interface SqlField {

    /**
     * The field's value on the row {@code row} (the alias of the object's table; null for a root field).
     *
     * @throws NotCompilable when this field, with these arguments, is not read by SQL; the request then runs field by
     *         field
     */
    Sql compile(QueryCompiler.Scope scope, String row, ExecutableNormalizedField field);

    /** The value of a column of the row, as it is: text, a number, a boolean or an enum's name. */
    static SqlField column(String column) {
        return (scope, row, field) -> {
            FieldArguments.noArguments(field);
            return Sql.of(row + "." + column);
        };
    }

    /** The global id of the row: its type and the text of {@code keyColumn}, as {@link GlobalId#of} makes it. */
    static SqlField id(String type, String keyColumn) {
        return (scope, row, field) -> {
            FieldArguments.noArguments(field);
            return GlobalId.sql(type, row + "." + keyColumn);
        };
    }

    /**
     * A root field that finds the object of {@code type} by its argument {@code code} (a {@code Code}): null if none.
     */
    static SqlField byCode(String type) {
        return (scope, row, field) -> QueryCompiler.one(scope, type, field,
                alias -> Sql.of(alias + ".code = ?", FieldArguments.code(field, "code")));
    }

    /**
     * The object of {@code type} whose {@code keyColumn} (its key: one row at most) is the row's
     * {@code referenceColumn}; null when none is. Read from a LEFT JOIN to the row.
     */
    static SqlField one(String type, String keyColumn, String referenceColumn) {
        return (scope, row, field) -> {
            FieldArguments.noArguments(field);
            var alias = scope.join(scope.table(type),
                    joined -> joined + "." + keyColumn + " = " + row + "." + referenceColumn);
            return scope.object(type, field, alias).wrap("CASE WHEN " + alias + "." + keyColumn
                    + " IS NULL THEN NULL ELSE ", " END");
        };
    }

    /**
     * As {@link #one}, read by a subquery per row rather than a join: for a table that grows with the figures
     * (citations, one or more per series). PostgreSQL joins a page of rows to such a table by hashing all of it, which
     * costs more than finding each row by its key: at 1M figures, a task's targets took 0.85 ms rather than 1.37, 100
     * targets 0.78 rather than 1.24, example 05 3.6 rather than 4.2 (the explorer's example 7.7 rather than 6.8); at
     * the shipped dataset, the explorer's example 2.1 rather than 2.8 (EXPLAIN ANALYZE, medians of 40 runs).
     */
    static SqlField lookup(String type, String keyColumn, String referenceColumn) {
        return (scope, row, field) -> {
            FieldArguments.noArguments(field);
            return QueryCompiler.one(scope, type, field,
                    alias -> Sql.of(alias + "." + keyColumn + " = " + row + "." + referenceColumn));
        };
    }

    /**
     * A bounded list of the objects of {@code type} that {@code condition} (child alias, row alias) keeps, in
     * {@code order} (an ORDER BY list over the child alias).
     */
    static SqlField list(String type, BiFunction<String, String, String> condition, Function<String, String> order) {
        return (scope, row, field) -> {
            FieldArguments.noArguments(field);
            var alias = scope.alias();
            var compiled = scope.rows(() -> scope.object(type, field, alias));
            return compiled.body().wrap("(SELECT coalesce(json_agg(", " ORDER BY " + order.apply(alias)
                    + "), '[]'::json) FROM " + scope.table(type) + " " + alias + compiled.joins() + " WHERE "
                    + condition.apply(alias, row) + ")");
        };
    }

    /**
     * A connection of the objects of {@code type} that {@code condition} (child alias, row alias) keeps, paged in
     * {@code order} over the child alias ({@link QueryCompiler#connection}).
     */
    static SqlField connection(String type, BiFunction<String, String, Sql> condition,
            Function<String, QueryCompiler.ListOrder> order) {
        return (scope, row, field) -> {
            var alias = scope.alias();
            return ConnectionSql.connection(scope, type, field, scope.table(type), condition.apply(alias, row),
                    alias, order.apply(alias), null);
        };
    }
}
