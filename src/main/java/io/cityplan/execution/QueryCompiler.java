package io.cityplan.execution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import io.cityplan.common.Connections;
import io.cityplan.common.Keyset;
import io.cityplan.common.Sql;

/**
 * Turns a whole query into one SQL statement whose single value is the JSON of the answer's {@code data}, as
 * PostGraphile does: PostgreSQL pages, joins and builds the JSON, and no field passes graphql-java's execution one by
 * one. It reads graphql-java's normalized operation (fragments merged, {@code @skip}/{@code @include} applied,
 * arguments coerced), so the statement is the query's, after validation and the query limits.
 * <p>
 * Only fields that features declare ({@link SqlTypes}) compile; a query that selects any other field, or a field of
 * an interface (e.g. {@code node}), or a connection read backward ({@code last}, {@code before}), throws
 * {@link NotCompilable} and runs field by field. So does any argument that the field-by-field path would answer with
 * an error (a page size out of range, a forged cursor): compiling calls the same checks, and the error then comes
 * from that path, with its partial data.
 */
@ApplicationScoped
public class QueryCompiler {

    /** {@code json_build_object} takes at most 100 arguments: 50 fields. */
    private static final int MAX_FIELDS = 50;

    private final SqlSchema schema;

    QueryCompiler(SqlSchema schema) {
        this.schema = schema;
    }

    /** The statement that answers the operation's data as JSON text, in one row and column. */
    public Statement compile(ExecutableNormalizedOperation operation) {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new NotCompilable("only queries compile");
        }
        var compilation = new Compilation();
        var sql = compilation.fields("Query", null, operation.getTopLevelFields()).wrap("SELECT ", "::text");
        return new Statement(sql, !compilation.forValues);
    }

    /** What a field's {@link SqlField} may ask of the compilation it is part of. */
    public interface Scope {

        /** A new table alias, unique in the statement. */
        String alias();

        /** The JSON object of the fields that {@code field} selects on the row {@code row} of type {@code type}. */
        Sql object(String type, ExecutableNormalizedField field, String row);

        /** The table of type {@code type}. */
        String table(String type);

        /**
         * Compiles {@code body} over a new source of rows, and returns it with the LEFT JOINs that the to-one fields
         * in it asked for ({@link #join}), to follow the FROM of those rows.
         */
        Joined rows(Supplier<Sql> body);

        /**
         * A LEFT JOIN of {@code table} to the rows being compiled, on {@code on} (over the new alias): the alias. A
         * to-one field reads its object from a join rather than a subquery per row.
         */
        String join(String table, Function<String, String> on);

        /**
         * The statement reads by values whose best plan depends on them (a filter): PostgreSQL plans it for them every
         * time it runs ({@link Statement}).
         */
        void planForValues();
    }

    /** What {@link Scope#rows} compiled, and the joins it asked for. */
    public record Joined(Sql body, String joins) {
    }

    /** The order of a connection's items, over the alias its {@link SqlField#connection} gives it. */
    public interface ListOrder {

        /** The ORDER BY list. */
        String orderBy();

        /** Each row's cursor, as the field-by-field path encodes it. */
        Sql cursor();

        /** The rows after the cursor's; refuses a cursor of another list. */
        Sql after(String cursor);

        /** The cursor's row and those before it; refuses a cursor of another list. */
        Sql atOrBefore(String cursor);

        /** The order of a keyset (its columns over the alias the connection gives it). */
        static ListOrder of(Keyset<?> keyset) {
            return new ListOrder() {
                @Override
                public String orderBy() {
                    return keyset.order(false);
                }

                @Override
                public Sql cursor() {
                    return keyset.cursor();
                }

                @Override
                public Sql after(String cursor) {
                    return keyset.beyond(keyset.decode(cursor), false, false);
                }

                @Override
                public Sql atOrBefore(String cursor) {
                    return keyset.beyond(keyset.decode(cursor), true, true);
                }
            };
        }

        /**
         * The order of a list that {@link Connections#page} pages in Java: by a text sort key (the SQL text
         * expression {@code key}), compared as Java compares strings.
         */
        static ListOrder byKey(String list, String key) {
            var ordered = key + " COLLATE \"C\"";
            return new ListOrder() {
                @Override
                public String orderBy() {
                    return ordered;
                }

                @Override
                public Sql cursor() {
                    return Connections.cursor(list, key);
                }

                @Override
                public Sql after(String cursor) {
                    return Sql.of(ordered + " > CAST(? AS text) COLLATE \"C\"", Connections.decode(list, cursor));
                }

                @Override
                public Sql atOrBefore(String cursor) {
                    return Sql.of(ordered + " <= CAST(? AS text) COLLATE \"C\"", Connections.decode(list, cursor));
                }
            };
        }
    }

    /** The key (the field's alias or name, a GraphQL name) and value of a field in a JSON object. */
    static Sql entry(ExecutableNormalizedField field, Sql value) {
        return value.wrap("'" + field.getResultKey() + "', ", "");
    }

    static Sql jsonObject(List<Sql> parts) {
        if (parts.size() > MAX_FIELDS) {
            throw new NotCompilable("more than " + MAX_FIELDS + " fields in one object");
        }
        var object = Sql.of("json_build_object(");
        for (int i = 0; i < parts.size(); i++) {
            object = object.append(i == 0 ? parts.get(i) : parts.get(i).wrap(", ", ""));
        }
        return object.append(Sql.of(")"));
    }

    private final class Compilation implements Scope {

        private int aliases;
        private boolean forValues;
        /** The joins of each source of rows being compiled, innermost last. */
        private final Deque<StringBuilder> joins = new ArrayDeque<>();

        @Override
        public String alias() {
            return "q" + ++aliases;
        }

        @Override
        public void planForValues() {
            forValues = true;
        }

        @Override
        public Joined rows(Supplier<Sql> body) {
            joins.push(new StringBuilder());
            try {
                var compiled = body.get();
                return new Joined(compiled, joins.peek().toString());
            } finally {
                joins.pop();
            }
        }

        @Override
        public String join(String table, Function<String, String> on) {
            if (joins.isEmpty()) {
                throw new NotCompilable("a join outside a source of rows");
            }
            var alias = alias();
            joins.peek().append(" LEFT JOIN ").append(table).append(' ').append(alias).append(" ON ")
                    .append(on.apply(alias));
            return alias;
        }

        @Override
        public Sql object(String type, ExecutableNormalizedField field, String row) {
            return fields(type, row, field.getChildren());
        }

        @Override
        public String table(String type) {
            return schema.table(type);
        }

        Sql fields(String type, String row, List<ExecutableNormalizedField> children) {
            var parts = new ArrayList<Sql>();
            for (var child : children) {
                if (!child.getObjectTypeNames().equals(Set.of(type))) {
                    throw new NotCompilable("a field of an abstract type");
                }
                var value = child.getName().equals("__typename") ? Sql.of("CAST(? AS text)", type)
                        : schema.field(type, child.getName()).compile(this, row, child);
                parts.add(entry(child, value));
            }
            return jsonObject(parts);
        }
    }

    /** The object, if any, of {@code type} that {@code condition} (over a new alias) finds, or null. */
    public static Sql one(Scope scope, String type, ExecutableNormalizedField field, Function<String, Sql> condition) {
        var alias = scope.alias();
        var compiled = scope.rows(() -> scope.object(type, field, alias));
        return compiled.body().wrap("(SELECT ", " FROM " + scope.table(type) + " " + alias + compiled.joins()
                + " WHERE ").append(condition.apply(alias), Sql.of(")"));
    }
}
