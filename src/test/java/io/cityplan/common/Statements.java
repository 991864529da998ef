package io.cityplan.common;

import org.hibernate.SessionFactory;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the SQL statements that requests send: those Hibernate prepares, and one for each query answered by a
 * compiled statement, which {@code io.cityplan.execution.SqlExecution} runs on a pooled connection of its own.
 */
final class Statements {

    private Statements() {
    }

    static long during(SessionFactory sessions, MeterRegistry registry, Runnable requests) {
        var statistics = sessions.getStatistics();
        statistics.clear();
        var compiled = registry.counter("cityplan.queries", "execution", "sql");
        var before = compiled.count();
        requests.run();
        return statistics.getPrepareStatementCount() + (long) (compiled.count() - before);
    }
}
