package org.sahifa.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.analysis.Analyzer;
import org.sahifa.cli.Cli;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.FileLoader;
import org.sahifa.model.Article;
import org.sahifa.quote.QuoteFinder;

/**
 * Issue 18 §4: work that is cancelled or given up stops within a second. Measured as the CPU time the abandoned
 * thread spends after its interruption (ThreadMXBean), which a busy machine does not inflate as it does wall time.
 */
class AbandonedWorkTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long ONE_SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void anInterruptedAnalysisStopsWithinASecondOfCpu() throws Exception {
        Article article = ArticleExtractor.extract(FileLoader.fromBytes(
                "long.txt", HostileShapes.LONG_PARAGRAPH.ofSize(3 << 20), HostileShapes.LONG_PARAGRAPH.kind));
        Analyzer analyzer = new Analyzer(Analyzer.standard().recognizer(), new QuoteFinder(), Long.MAX_VALUE);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread worker = new Thread(
                () -> {
                    try {
                        analyzer.analyze(article);
                    } catch (RuntimeException e) {
                        outcome.set(e);
                    }
                },
                "abandoned-analysis");
        worker.start();
        waitForCpu(worker, ONE_SECOND / 2); // well into the analysis
        assertTrue(worker.isAlive(), "still analysing when cancelled");
        long atCancel = THREADS.getThreadCpuTime(worker.getId());
        worker.interrupt();
        long after = cpuUntilDead(worker, Duration.ofSeconds(60)) - atCancel;
        assertFalse(worker.isAlive(), "the worker ended");
        assertTrue(after < ONE_SECOND, "CPU after the interruption: " + after / 1_000_000 + " ms");
        assertInstanceOf(CancellationException.class, outcome.get());
    }

    @Test
    void theCliWorkerStopsWhenTheCliGivesUp() throws Exception {
        Path file = dir.resolve("long.txt");
        Files.write(file, HostileShapes.SHORT_PARAGRAPHS.ofSize(3 << 20));
        // A first, small run loads the model, so that the give-up below falls inside the analysis loops.
        Path small = dir.resolve("small.txt");
        Files.writeString(small, "قال الوزير إن الاجتماع انتهى.");
        Cli.withSourceTimeLimit(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        Duration.ofSeconds(60))
                .run(new String[] {"analyze", small.toString()});
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Well under what 3 MB of paragraphs takes on any machine, so the CLI surely gives up.
        int code = Cli.withSourceTimeLimit(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Duration.ofMillis(400))
                .run(new String[] {"analyze", file.toString()});
        assertEquals(Cli.FAILED, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gave up"), err.toString(StandardCharsets.UTF_8));
        Thread worker = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("sahifa-cli-analysis"))
                .findFirst()
                .orElse(null);
        if (worker != null) { // already gone is the best outcome
            long atGiveUp = THREADS.getThreadCpuTime(worker.getId());
            long after = cpuUntilDead(worker, Duration.ofSeconds(60)) - atGiveUp;
            assertTrue(after < ONE_SECOND, "CPU after giving up: " + after / 1_000_000 + " ms");
        }
    }

    private static void waitForCpu(Thread t, long nanos) throws InterruptedException {
        while (t.isAlive() && THREADS.getThreadCpuTime(t.getId()) < nanos) {
            Thread.sleep(20);
        }
    }

    /** The thread's CPU time when last seen alive, waiting at most {@code limit} for it to end. */
    private static long cpuUntilDead(Thread t, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long last = THREADS.getThreadCpuTime(t.getId());
        while (t.isAlive() && System.nanoTime() < deadline) {
            long now = THREADS.getThreadCpuTime(t.getId());
            last = now >= 0 ? now : last;
            Thread.sleep(10);
        }
        return last;
    }
}
