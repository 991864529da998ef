package io.cityplan.execution;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.cityplan.common.Sql;

/**
 * The statement of a compiled query, and whether PostgreSQL may plan it once for all the values it will be given.
 * <p>
 * The default pool plans every statement for its values ({@code plan_cache_mode=force_custom_plan}; the driver
 * prepares a statement on the server after five runs, so that only its parsing is kept). Planning a compiled query's
 * statement costs more than running it (0.57 ms against 0.25 ms for a task with its targets, at the shipped dataset),
 * and the best plan of most of them does not depend on the values: a code, an id, a task's plan and ordinal find one
 * row by a unique index whatever they are, and a cursor only bounds the walk of an index in the list's order. Those
 * run on a second pool ({@link SqlExecution#PLANS}), whose sessions use {@code plan_cache_mode=auto} (PostgreSQL's
 * default) and where the driver prepares each statement at its first run: PostgreSQL plans it for its values five
 * times, then keeps a generic plan for the connection unless that one would cost more. A task's targets answered 1.6
 * times as many requests, a page deep in an indicator's million figures 1.6 times.
 * <p>
 * A statement with a filter is planned for its values every time, on the default pool, as the field-by-field path's
 * statements are: how many rows the filter's codes and years keep decides whether PostgreSQL should walk an index in
 * the list's order or read the matches and sort them, and a generic plan guesses (example 04 at 1M figures: 28% fewer
 * requests answered). Only while the figure tables are small ({@link FigureVolume}) does it run on the pool of kept
 * plans too.
 *
 * @param planOnce whether the statement runs on the pool of kept plans whatever the size of the tables
 */
record Statement(Sql sql, boolean planOnce) {

    /** Runs the statement on a connection of the pool, outside any Hibernate session: the text of its one value. */
    String run(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = sql.prepare(connection);
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }
}
