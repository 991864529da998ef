package io.cityplan.common;

import jakarta.persistence.EntityManager;

/**
 * The rows of a list, and PostgreSQL's estimate of the rows of its whole table (-1 when never analyzed): what decides
 * whether a page is read by the list's filter first or by walking the index of its order.
 */
public record RowCount(int rows, long tableRows) {

    /**
     * Whether a page of {@code page} items of the list is read more cheaply by the list's filter first, and sorted,
     * than by walking the index of its order: the walk reads about page × table rows ÷ list rows rows before the
     * page is full, the filter each of the list's rows once; the filter is chosen when that is at most a quarter.
     * {@link #fewEnoughSql} is the same rule in SQL.
     */
    public boolean fewEnoughToReadFirst(int page) {
        return tableRows > 0 && 4 * (long) rows * rows < (page + 1L) * tableRows;
    }

    /**
     * {@link #fewEnoughToReadFirst} in SQL, over the count {@code rows} of the list and the table {@code table}.
     */
    public static String fewEnoughSql(String rows, String table, int page) {
        return "(SELECT r.reltuples > 0 AND 4 * " + rows + "::float8 * " + rows + " < " + (page + 1)
                + " * r.reltuples FROM pg_class r WHERE r.oid = '" + table + "'::regclass)";
    }

    /** The rows of {@code relation} and the estimated rows of {@code table} (a table name), in one statement. */
    public static RowCount of(EntityManager em, RowSource<?> relation, String table) {
        return of(em, relation.count("SELECT count(*), " + tableRows(table), ""));
    }

    /** The count and the table's estimated rows that {@code sql} selects, in that order, as one row. */
    public static RowCount of(EntityManager em, Sql sql) {
        var row = sql.rows(em).get(0);
        return new RowCount(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }

    /** A scalar subquery of PostgreSQL's estimate of the rows of {@code table} (a table name). */
    public static String tableRows(String table) {
        return "(SELECT reltuples FROM pg_class WHERE oid = '" + table + "'::regclass)";
    }
}
