package io.cityplan.execution;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGStatement;

import io.cityplan.common.Sql;

/**
 * The statement of a compiled query, and whether PostgreSQL may plan it once for all the values it will be given.
 * <p>
 * Statements are planned for their values by default: the driver sends every one as an unnamed statement
 * ({@code prepareThreshold=0}), which PostgreSQL plans with the values bound. Planning a compiled query's statement
 * costs more than running it (0.57 ms against 0.25 ms for a task with its targets, at the shipped dataset), and the
 * best plan of most of them does not depend on the values: a code, an id, a task's plan and ordinal find one row by a
 * unique index whatever they are, and a cursor only bounds the walk of an index in the list's order. Those are
 * prepared on the server, so that PostgreSQL plans them a few times and then keeps a generic plan for the connection
 * (its default {@code plan_cache_mode=auto}, which goes on planning for the values when the generic plan would cost
 * more): a task's targets answered 1.6 times as many requests, a page deep in an indicator's million figures 1.6 times.
 * A statement with a filter is planned for its values every time, as the field-by-field path's statements are: how
 * many rows the filter's codes and years keep decides whether PostgreSQL should walk an index in the list's order or
 * read the matches and sort them, and a generic plan guesses (example 04 at 1M figures: 30% fewer requests answered).
 *
 * @param planOnce whether the statement is prepared on the server and may keep a generic plan
 */
record Statement(Sql sql, boolean planOnce) {

    /** Runs the statement on a connection of the pool, outside any Hibernate session: the text of its one value. */
    String run(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql.text())) {
            if (planOnce) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(1);
            }
            var params = sql.params();
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
