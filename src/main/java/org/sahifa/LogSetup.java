package org.sahifa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends all logging to a rotating file in the user's data directory; nothing to the console. */
public final class LogSetup {
    private static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final int FILES = 3;

    private LogSetup() {
    }

    /** Where Sahifa keeps settings, recent lists and logs: {@code $XDG_DATA_HOME/sahifa} or {@code ~/.local/share/sahifa}. */
    public static Path dataDirectory() {
        String override = System.getProperty("sahifa.data");
        if (override != null) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("sahifa");
    }

    public static void configure() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Path logs = dataDirectory().resolve("logs");
            Files.createDirectories(logs);
            FileHandler handler = new FileHandler(logs.resolve("sahifa-%g.log").toString(), MAX_FILE_BYTES, FILES, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            root.addHandler(handler);
        } catch (IOException | SecurityException e) {
            // No writable data directory: run without a log file rather than not at all.
            root.setLevel(Level.OFF);
        }
    }
}
