package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import io.cityplan.common.CapturedLog;

class FailuresTest {

    @Test
    void aLostConnectionIsServiceUnavailable() {
        var lost = new PersistenceException(new SQLException("Connection refused", "08001"));
        assertTrue(Failures.databaseUnreachable(lost));
        assertTrue(Failures.databaseUnreachable(
                new RuntimeException(
                        new SQLException("terminating connection due to administrator command", "57P01"))));
        var error = Failures.of(lost, "r-1");
        assertInstanceOf(ServiceUnavailableException.class, error);
        assertTrue(error.getMessage().contains("r-1"));
    }

    @Test
    void aCancelledStatementIsATimeout() {
        var cancelled = new PersistenceException(new SQLException("canceling statement due to statement timeout",
                "57014"));
        assertInstanceOf(TimeoutException.class, Failures.of(cancelled, "r-3"));
    }

    @Test
    void anyOtherFailureIsAnInternalErrorLoggedUnderTheRequestId() {
        try (var log = CapturedLog.of(Failures.class)) {
            var error = Failures.of(new NullPointerException("x"), "r-2");
            assertInstanceOf(InternalErrorException.class, error);
            assertEquals("internal error; it is logged under request id r-2", error.getMessage());
            assertEquals(List.of("request r-2 failed"), log.messages(Level.SEVERE));
        }
        assertFalse(Failures.databaseUnreachable(new PersistenceException(new SQLException("bad", "42P01"))));
    }
}
