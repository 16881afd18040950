package org.sahifa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18 §6: processes logging at the same time share one set of files, and no record is lost. */
class SharedLogFileTest {
    private static final int PROCESSES = 6;
    private static final int RECORDS = 40;

    @TempDir
    Path dir;

    /** Run by the test in several JVMs at once: logs {@link #RECORDS} lines into the folder given. */
    public static void main(String[] args) {
        LogSetup.configure(Path.of(args[0]), LogSetup.MAX_FILE_BYTES, LogSetup.FILES);
        Logger logger = Logger.getLogger("org.sahifa.test");
        for (int i = 0; i < RECORDS; i++) {
            logger.info("process " + args[1] + " record " + i);
        }
    }

    @Test
    void parallelProcessesShareTheLogFiles() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            processes.add(new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            SharedLogFileTest.class.getName(),
                            dir.toString(),
                            Integer.toString(p))
                    .inheritIO()
                    .start());
        }
        for (Process p : processes) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
        }
        List<String> names;
        try (Stream<Path> listing = Files.list(dir)) {
            names = listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("sahifa-0.log", SharedLogFile.LOCK_FILE), names, "one log file, no sahifa-0.log.N");
        List<String> lines = Files.readAllLines(dir.resolve("sahifa-0.log"));
        assertEquals(PROCESSES * RECORDS, lines.size());
        assertTrue(
                lines.stream().allMatch(l -> l.matches("\\S+ INFO org\\.sahifa\\.test: process \\d record \\d+")),
                "whole lines");
    }
}
