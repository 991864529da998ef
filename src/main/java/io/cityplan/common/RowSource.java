package io.cityplan.common;

import java.util.function.Function;

/**
 * What a list is read from: the rows of {@code from} that pass {@code where}, each with what {@code joins} brings.
 *
 * @param columns the select list that {@code row} turns into an item
 * @param from a table with its alias, or a subquery with one
 * @param joins LEFT JOINs of what each row refers to (e.g. its citation), read with the rows and left out of
 *        counts: {@code where} never refers to them, and a count over the table alone can be answered from an
 *        index (PostgreSQL 15 drops such a join from a count but still reads the joined column from the table)
 */
public record RowSource<T>(String columns, Sql from, String joins, Sql where, Function<Object[], T> row) {

    Sql select(String head, Sql condition, String tail) {
        return Sql.of(head + " FROM ").append(from, Sql.of(joins + " WHERE "), condition, Sql.of(tail));
    }

    Sql count(String head, String tail) {
        return Sql.of(head + " FROM ").append(from, Sql.of(" WHERE "), where, Sql.of(tail));
    }
}
