package org.sahifa;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends all logging to a rotating file in the user's data directory ({@code logs/sahifa-0.log}, then
 * {@code -1}, {@code -2}; each at most {@link #MAX_FILE_BYTES}), and nothing to the console: users see
 * one-sentence messages, the log keeps the stack traces. Uncaught exceptions of any thread are logged too.
 * Processes running at the same time share these files ({@link SharedLogFile}).
 */
public final class LogSetup {
    /** Size at which the current log file is rotated. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    /** Log files kept, the current one included. */
    static final int FILES = 3;

    static final String FILE_PATTERN = "sahifa-%g.log";
    private static final Logger LOG = Logger.getLogger(LogSetup.class.getName());

    private LogSetup() {}

    /** Where Sahifa keeps settings, recent lists and logs: {@code $XDG_DATA_HOME/sahifa} or {@code ~/.local/share/sahifa}. */
    public static Path dataDirectory() {
        String override = System.getProperty("sahifa.data");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("sahifa");
    }

    /** Configures logging for the app or the CLI; without a writable data directory Sahifa runs without a log. */
    public static void configure() {
        configure(dataDirectory().resolve("logs"), MAX_FILE_BYTES, FILES);
    }

    /** Replaces every handler by a rotating file in {@code logDirectory}; returns it, or null when it cannot be written. */
    static Handler configure(Path logDirectory, int maxFileBytes, int files) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            SharedLogFile handler = new SharedLogFile(logDirectory, maxFileBytes, files);
            handler.setFormatter(new OneLineFormatter());
            root.addHandler(handler);
            Thread.setDefaultUncaughtExceptionHandler(
                    (thread, error) -> LOG.log(Level.SEVERE, "Uncaught in thread " + thread.getName(), error));
            return handler;
        } catch (IOException | SecurityException e) {
            // No writable data directory: run without a log file rather than not at all.
            root.setLevel(Level.OFF);
            return null;
        }
    }

    /** {@code 2026-11-29T16:00:00Z INFO org.sahifa.cli.Cli: message}, then the stack trace if there is one. */
    static final class OneLineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis()))
                    .append(' ')
                    .append(record.getLevel().getName())
                    .append(' ')
                    .append(record.getLoggerName())
                    .append(": ")
                    .append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
