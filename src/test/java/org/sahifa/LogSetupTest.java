package org.sahifa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {
    private static final int SMALL_FILE_BYTES = 2048;

    @TempDir
    Path dir;

    private Handler handler;

    @AfterEach
    void restoreLogging() throws IOException {
        if (handler != null) {
            handler.close();
        }
        LogManager.getLogManager().readConfiguration(); // back to the JDK's console default for other tests
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @Test
    void logsGoToAFileWithStackTraces() throws IOException {
        handler = LogSetup.configure(dir.resolve("logs"), SMALL_FILE_BYTES * 100, 3);
        assertNotNull(handler);
        Logger.getLogger("org.sahifa.test").log(Level.WARNING, "فشل التحميل", new IllegalStateException("boom"));
        handler.flush();
        String log = Files.readString(dir.resolve("logs").resolve("sahifa-0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("WARNING org.sahifa.test: فشل التحميل"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: boom"), log);
    }

    @Test
    void filesRotateAndTheirNumberIsCapped() throws IOException {
        int files = 3;
        handler = LogSetup.configure(dir, SMALL_FILE_BYTES, files);
        Logger logger = Logger.getLogger("org.sahifa.test");
        for (int i = 0; i < 200; i++) {
            logger.info("line " + i + " " + "x".repeat(100));
        }
        handler.flush();
        List<Path> logs;
        try (Stream<Path> listing = Files.list(dir)) {
            logs = listing.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .toList();
        }
        assertEquals(files, logs.size(), "rotated into exactly the kept number of files: " + logs);
        for (Path log : logs) {
            assertTrue(Files.size(log) <= SMALL_FILE_BYTES + 200, log + " is " + Files.size(log) + " bytes");
        }
        assertTrue(
                Files.readString(dir.resolve("sahifa-0.log")).contains("line 199"), "the newest lines are in file 0");
    }

    @Test
    void anUnwritableDirectoryMeansNoLogRatherThanACrash() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        assertNull(LogSetup.configure(notADirectory.resolve("logs"), SMALL_FILE_BYTES, 2));
    }

    @Test
    void theDataDirectoryCanBeOverridden() {
        String before = System.getProperty("sahifa.data");
        try {
            System.setProperty("sahifa.data", dir.toString());
            assertEquals(dir, LogSetup.dataDirectory());
        } finally {
            if (before == null) {
                System.clearProperty("sahifa.data");
            } else {
                System.setProperty("sahifa.data", before);
            }
        }
    }
}
