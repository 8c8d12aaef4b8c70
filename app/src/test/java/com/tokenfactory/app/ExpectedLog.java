package com.tokenfactory.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * For a test that provokes a failure the app logs (with its stack trace, for a user's bug report): takes the app's
 * log records while open instead of printing them, so the test can check the failure was logged and the build output
 * stays free of expected stack traces. Records of other loggers print as ever.
 */
public final class ExpectedLog implements AutoCloseable {
    private final Logger logger = Logger.getLogger("com.tokenfactory.app");
    private final boolean usedParentHandlers = logger.getUseParentHandlers();
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

    private ExpectedLog() {
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    public static ExpectedLog capture() {
        return new ExpectedLog();
    }

    /** The warnings logged so far whose exception (or a cause of it) is of {@code type}. */
    public long warnings(Class<? extends Throwable> type) {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(r -> causedBy(r.getThrown(), type)).count();
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(usedParentHandlers);
    }
}
