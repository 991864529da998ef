package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class FailureReporterTest {

    @Test
    void aLostConnectionIsServiceUnavailable() {
        var lost = new PersistenceException(new SQLException("Connection refused", "08001"));
        assertTrue(FailureReporter.databaseUnreachable(lost));
        assertTrue(FailureReporter.databaseUnreachable(
                new RuntimeException(
                        new SQLException("terminating connection due to administrator command", "57P01"))));
        var error = FailureReporter.translate(lost, "r-1");
        assertInstanceOf(ServiceUnavailableException.class, error);
        assertTrue(error.getMessage().contains("r-1"));
    }

    @Test
    void aCancelledStatementIsATimeout() {
        var cancelled = new PersistenceException(new SQLException("canceling statement due to statement timeout",
                "57014"));
        assertInstanceOf(TimeoutException.class, FailureReporter.translate(cancelled, "r-3"));
    }

    @Test
    void anyOtherFailureIsAnInternalErrorQuotingTheRequestId() {
        var error = FailureReporter.translate(new NullPointerException("x"), "r-2");
        assertInstanceOf(InternalErrorException.class, error);
        assertEquals("internal error; it is logged under request id r-2", error.getMessage());
        assertFalse(FailureReporter.databaseUnreachable(new PersistenceException(new SQLException("bad", "42P01"))));
    }
}
