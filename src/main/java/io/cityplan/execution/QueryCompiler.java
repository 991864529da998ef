package io.cityplan.execution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import io.cityplan.common.Code;
import io.cityplan.common.Connections;
import io.cityplan.common.Keyset;
import io.cityplan.common.RowCount;
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
    private static final Pattern CODE = Pattern.compile(Code.PATTERN);

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

    /**
     * A connection's page over a window read forward ({@code first}, {@code after}): the rows of {@code table} that
     * pass {@code condition}, {@code first} of them (100 when not given) after the cursor in {@code order}, with the
     * fields of the connection, its edges and page info that the query selects.
     * <p>
     * A root list with a filter names its table's unique key ({@code filteredBy}; null for any other list). Where the
     * query counts it, the statement reads the page as the field-by-field path does
     * ({@code FigureLists.fewEnoughToReadFirst}): by the filter first when the list is short against its table, else by
     * walking the order's index. It holds both reads, and the count decides which runs (PostgreSQL skips a branch
     * whose condition, known before it starts, is false). Read by the filter first, the matches are sorted by their
     * keys alone, which an index may hold (migration V18), and only the page's rows are then read whole.
     */
    public static Sql connection(Scope scope, String type, ExecutableNormalizedField field, String table, Sql condition,
            String alias, ListOrder order, String filteredBy) {
        var arguments = field.getResolvedArguments();
        if (arguments.get("last") != null || arguments.get("before") != null) {
            throw new NotCompilable("connections read backward run field by field");
        }
        var first = integer(field, "first");
        Connections.checkSize("first", first);
        int size = first == null ? Connections.MAX_PAGE : first;
        var after = (String) arguments.get("after");
        boolean filtered = filteredBy != null;
        if (filtered) {
            scope.planForValues();
        }
        var bounds = after == null ? condition : Sql.and(List.of(condition, order.after(after)));
        boolean readsPage = field.getChildren().stream()
                .anyMatch(c -> !c.getName().equals("totalCount") && !c.getName().equals("__typename"));
        boolean counted = filtered && readsPage
                && field.getChildren().stream().anyMatch(c -> c.getName().equals("totalCount"));
        var total = "total_" + alias;
        var count = counted ? Sql.of("(SELECT n FROM " + total + ")")
                : condition.wrap("(SELECT count(*) FROM " + table + " " + alias + " WHERE ", ")");
        var page = new Page(alias, size, after, order, count, table, condition);
        var compiled = scope.rows(() -> connectionFields(scope, type, field, page));
        if (!readsPage) {
            return compiled.body().wrap("(SELECT ", ")");
        }
        var numbered = "SELECT " + alias + ".*, row_number() OVER (ORDER BY " + order.orderBy() + ") AS n_ FROM ";
        var limit = " ORDER BY " + order.orderBy() + " LIMIT " + (size + 1);
        var few = " (SELECT few FROM " + total + ")";
        // Read by the filter first, the page's keys are found before its rows (a top-N sort over the order's columns
        // and the key, which an index may hold), and its rows then read by key. At most one branch returns rows:
        // the outer LIMIT tells the planner so, which then joins a page's rows rather than twice as many. Example 05
        // at 1M figures, both with the index of V18: 8.6 -> 4.0 ms in PostgreSQL.
        var rows = !counted ? bounds.wrap(numbered + table + " " + alias + " WHERE ", limit)
                : bounds.wrap(
                        "(" + numbered + table + " " + alias + " WHERE " + alias + "." + filteredBy + " IN (SELECT "
                                + alias + "." + filteredBy + " FROM (SELECT " + alias + ".* FROM " + table + " " + alias
                                + " WHERE ",
                        " OFFSET 0) " + alias + " WHERE" + few + limit + ")) UNION ALL (")
                        .append(bounds.wrap(numbered + table + " " + alias + " WHERE NOT" + few + " AND (",
                                ")" + limit + ") LIMIT " + (size + 1)));
        var select = compiled.body().wrap("SELECT ", " FROM (").append(rows,
                Sql.of(") " + alias + compiled.joins() + " GROUP BY ()")); // one row, also when no field aggregates
        if (!counted) {
            return select.wrap("(", ")");
        }
        return condition.wrap("(WITH " + total + " AS (SELECT c.n, " + RowCount.fewEnoughSql("c.n", table, size)
                + " AS few FROM (SELECT count(*) AS n FROM " + table + " " + alias + " WHERE ", ") c) ")
                .append(select, Sql.of(")"));
    }

    /** What the fields of a connection read: its rows (alias), page size, cursor, order and count. */
    private record Page(String alias, int size, String after, ListOrder order, Sql count, String table,
            Sql condition) {
    }

    private static Sql connectionFields(Scope scope, String type, ExecutableNormalizedField field, Page page) {
        var alias = page.alias();
        var inPage = " FILTER (WHERE " + alias + ".n_ <= " + page.size() + ")";
        var parts = new ArrayList<Sql>();
        for (var child : field.getChildren()) {
            var value = switch (child.getName()) {
                case "totalCount" -> page.count();
                case "nodes" -> scope.object(type, child, alias).wrap("coalesce(json_agg(",
                        " ORDER BY " + alias + ".n_)" + inPage + ", '[]'::json)");
                case "edges" -> edges(scope, type, child, alias, page.order()).wrap("coalesce(json_agg(",
                        " ORDER BY " + alias + ".n_)" + inPage + ", '[]'::json)");
                case "pageInfo" -> pageInfo(child, page, inPage);
                case "__typename" -> Sql.of("CAST(? AS text)", type + "Connection");
                default -> throw new NotCompilable("connection field " + child.getName());
            };
            parts.add(entry(child, value));
        }
        return jsonObject(parts);
    }

    private static Sql edges(Scope scope, String type, ExecutableNormalizedField edges, String alias,
            ListOrder order) {
        var parts = new ArrayList<Sql>();
        for (var child : edges.getChildren()) {
            var value = switch (child.getName()) {
                case "cursor" -> order.cursor();
                case "node" -> scope.object(type, child, alias);
                case "__typename" -> Sql.of("CAST(? AS text)", type + "Edge");
                default -> throw new NotCompilable("edge field " + child.getName());
            };
            parts.add(entry(child, value));
        }
        return jsonObject(parts);
    }

    private static Sql pageInfo(ExecutableNormalizedField info, Page page, String inPage) {
        var alias = page.alias();
        var parts = new ArrayList<Sql>();
        for (var child : info.getChildren()) {
            var value = switch (child.getName()) {
                case "hasNextPage" -> Sql.of("count(*) > " + page.size());
                case "hasPreviousPage" -> page.after() == null ? Sql.of("FALSE")
                        : Sql.and(List.of(page.condition(), page.order().atOrBefore(page.after())))
                                .wrap("EXISTS (SELECT 1 FROM " + page.table() + " " + alias + " WHERE ", ")");
                case "startCursor" -> page.order().cursor().wrap("(array_agg(", " ORDER BY " + alias + ".n_)"
                        + inPage + ")[1]");
                case "endCursor" -> page.order().cursor().wrap("(array_agg(", " ORDER BY " + alias + ".n_ DESC)"
                        + inPage + ")[1]");
                case "__typename" -> Sql.of("'PageInfo'");
                default -> throw new NotCompilable("page info field " + child.getName());
            };
            parts.add(entry(child, value));
        }
        return jsonObject(parts);
    }

    /** The key (the field's alias or name, a GraphQL name) and value of a field in a JSON object. */
    private static Sql entry(ExecutableNormalizedField field, Sql value) {
        return value.wrap("'" + field.getResultKey() + "', ", "");
    }

    private static Sql jsonObject(List<Sql> parts) {
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

    /** Refuses a field given arguments that its {@link SqlField} does not read. */
    static void noArguments(ExecutableNormalizedField field) {
        if (!field.getResolvedArguments().isEmpty()) {
            throw new NotCompilable(field.getName() + " with arguments");
        }
    }

    /** The value of an argument of the field, as graphql-java coerced it; null when not given. */
    public static Object argument(ExecutableNormalizedField field, String name) {
        return field.getResolvedArguments().get(name);
    }

    /** The value of an Int argument; SmallRye GraphQL coerces Int variables to BigDecimal, literals to Integer. */
    public static Integer integer(ExecutableNormalizedField field, String name) {
        var value = (Number) argument(field, name);
        return value == null ? null : value.intValue();
    }

    /**
     * The value of an argument that holds a code ({@link Code}); one that is not a code is answered field by field,
     * with the validation error.
     */
    public static String code(ExecutableNormalizedField field, String name) {
        var value = (String) argument(field, name);
        if (value == null || !CODE.matcher(value).matches()) {
            throw new NotCompilable("not a code");
        }
        return value;
    }

    /** The object, if any, of {@code type} that {@code condition} (over a new alias) finds, or null. */
    public static Sql one(Scope scope, String type, ExecutableNormalizedField field, Function<String, Sql> condition) {
        var alias = scope.alias();
        var compiled = scope.rows(() -> scope.object(type, field, alias));
        return compiled.body().wrap("(SELECT ", " FROM " + scope.table(type) + " " + alias + compiled.joins()
                + " WHERE ").append(condition.apply(alias), Sql.of(")"));
    }
}
