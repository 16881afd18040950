package org.sahifa.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sahifa.analysis.Analyzer;
import org.sahifa.cli.Cli;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.FileLoader;
import org.sahifa.model.Article;
import org.sahifa.model.Interruption;
import org.sahifa.quote.QuoteFinder;

/**
 * Issue 18 §4: work that is cancelled or given up stops soon. Asserted without a clock: the checks an analysis makes
 * ({@link Interruption}) are counted and the work between two of them is weighed in bytes allocated, which a busy
 * machine does not inflate as it does wall or CPU time. The CPU spent after a cancel is a figure of
 * {@link CancelBenchmark} (docs/robustness.md), not an assertion here.
 */
class AbandonedWorkTest {
    /** Only catches a worker that never stops; a working one stops long before. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    /** Checks made before the cancel: past the first segments, well into the analysis of 3 MB. */
    private static final int CHECKS_BEFORE_CANCEL = 200;

    private static final Analyzer ANALYZER =
            new Analyzer(Analyzer.standard().recognizer(), new QuoteFinder(), Long.MAX_VALUE);

    @TempDir
    Path dir;

    @Test
    void anInterruptedAnalysisStopsAtItsNextCheck() throws Exception {
        Article article = ArticleExtractor.extract(FileLoader.fromBytes(
                "long.txt", HostileShapes.LONG_PARAGRAPH.ofSize(3 << 20), HostileShapes.LONG_PARAGRAPH.kind));
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger checksOnceInterrupted = new AtomicInteger();
        CountDownLatch wellInto = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread worker = new Thread(
                () -> {
                    Runnable counter = () -> {
                        if (Thread.currentThread().isInterrupted()) {
                            checksOnceInterrupted.incrementAndGet();
                        }
                        if (checks.incrementAndGet() == CHECKS_BEFORE_CANCEL) {
                            wellInto.countDown();
                        }
                    };
                    try (Interruption.Watch watch = Interruption.watch(counter)) {
                        ANALYZER.analyze(article);
                    } catch (RuntimeException e) {
                        outcome.set(e);
                    } finally {
                        wellInto.countDown(); // an analysis that ends early must not leave the test waiting
                    }
                },
                "abandoned-analysis");
        worker.start();
        wellInto.await();
        assertTrue(worker.isAlive(), "still analysing when cancelled (" + checks.get() + " checks)");
        worker.interrupt();
        worker.join(HANG_GUARD.toMillis());
        assertFalse(worker.isAlive(), "the worker ended");
        assertInstanceOf(CancellationException.class, outcome.get());
        // the first check that saw the interrupt threw, and nothing caught it and carried on to check again (none saw
        // it when the interrupt came between that check's count and its look at the flag)
        assertTrue(checksOnceInterrupted.get() <= 1, "checks made once interrupted: " + checksOnceInterrupted.get());
    }

    /**
     * An interrupt is seen at the next check, so the work between two checks bounds the work after a cancel. Weighed in
     * bytes allocated, no stretch between checks may hold more than two thirds of the whole analysis (with no checks it
     * is all of it). Until round 12 the longest was the NER's tagging pass, about half; it checks per sentence now
     * ({@link TaggingCancelTest}, docs/robustness.md).
     */
    @ParameterizedTest
    @EnumSource(
            value = HostileShapes.class,
            names = {"LONG_PARAGRAPH", "SHORT_PARAGRAPHS"})
    void theWorkBetweenTwoChecksIsASmallShareOfTheAnalysis(HostileShapes shape) throws Exception {
        Article article = ArticleExtractor.extract(FileLoader.fromBytes("bench", shape.ofSize(512 << 10), shape.kind));
        ANALYZER.analyze(article); // warm: the first run pays for class loading and lazy tables
        CheckpointGaps gaps = CheckpointGaps.of(() -> ANALYZER.analyze(article));
        assertTrue(gaps.checks() > 20, "checks made: " + gaps.checks());
        assertTrue(
                gaps.largestGap() * 3 <= gaps.total() * 2,
                "largest stretch without a check: " + gaps.largestGap() / 1024 + " KB allocated of "
                        + gaps.total() / 1024 + " KB in " + gaps.checks() + " checks, " + gaps.where());
    }

    @Test
    void theCliWorkerIsInterruptedWhenTheCliGivesUp() throws Exception {
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
            // still running: it must have been interrupted (so its next check stops it, as tested above) and end
            assertTrue(worker.isInterrupted() || !worker.isAlive(), "the CLI interrupted its worker");
            worker.join(HANG_GUARD.toMillis());
            assertFalse(worker.isAlive(), "the worker ended");
        }
    }
}
