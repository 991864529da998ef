package io.cityplan.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What one class logs while a test provokes it, kept off the console, so that a green run prints no error that a test
 * caused on purpose and a real one stands out. The test can assert what was logged.
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final boolean parentHandlers;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(Class<?> source) {
        this.logger = Logger.getLogger(source.getName());
        this.parentHandlers = logger.getUseParentHandlers();
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    /** Captures what {@code source} logs until closed. */
    public static CapturedLog of(Class<?> source) {
        return new CapturedLog(source);
    }

    /** The messages logged at this level or above, formatted. */
    public List<String> messages(Level atLeast) {
        return records.stream().filter(r -> r.getLevel().intValue() >= atLeast.intValue())
                .map(r -> r.getParameters() == null ? r.getMessage()
                        : String.format(r.getMessage(), r.getParameters()))
                .toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parentHandlers);
    }
}
