package org.sahifa.robust;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.sahifa.analysis.Analyzer;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.FileLoader;
import org.sahifa.model.Article;
import org.sahifa.quote.QuoteFinder;

/**
 * CPU time an analysis spends after it is interrupted (issue 18 §4: "stops within a second"), once a figure asserted in
 * {@code AbandonedWorkTest}, where a loaded machine made it flaky. Analyses 3 MB of one long paragraph on a worker,
 * interrupts it after half a second of its CPU, and reads the worker's CPU until it ends; several rounds. Run:
 * <pre>{@code mvn -q -B -o test-compile exec:exec -Dexec.args="-Xmx1g -cp %classpath org.sahifa.robust.CancelBenchmark 7"}</pre>
 */
public final class CancelBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long HALF_A_SECOND = 500_000_000L;

    private CancelBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Analyzer analyzer = new Analyzer(Analyzer.standard().recognizer(), new QuoteFinder(), Long.MAX_VALUE);
        Article article = ArticleExtractor.extract(FileLoader.fromBytes(
                "long.txt", HostileShapes.LONG_PARAGRAPH.ofSize(3 << 20), HostileShapes.LONG_PARAGRAPH.kind));
        double[] millis = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            millis[r] = cpuAfterInterrupt(analyzer, article) / 1e6;
            System.out.printf(Locale.ROOT, "round %d: %.0f ms of CPU after the interrupt%n", r + 1, millis[r]);
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "median %.0f ms, max %.0f ms of CPU after the interrupt (%d rounds; load average %s)%n",
                millis[rounds / 2],
                millis[rounds - 1],
                rounds,
                loadAverage());
    }

    private static long cpuAfterInterrupt(Analyzer analyzer, Article article) throws InterruptedException {
        AtomicReference<RuntimeException> outcome = new AtomicReference<>();
        Thread worker = new Thread(
                () -> {
                    try {
                        analyzer.analyze(article);
                    } catch (RuntimeException e) {
                        outcome.set(e);
                    }
                },
                "cancelled-analysis");
        worker.start();
        while (worker.isAlive() && THREADS.getThreadCpuTime(worker.getId()) < HALF_A_SECOND) {
            Thread.sleep(10);
        }
        long atInterrupt = THREADS.getThreadCpuTime(worker.getId());
        worker.interrupt();
        long last = atInterrupt;
        while (worker.isAlive()) {
            long now = THREADS.getThreadCpuTime(worker.getId());
            last = now >= 0 ? now : last; // -1 once the thread has ended
            Thread.sleep(5);
        }
        if (!(outcome.get() instanceof CancellationException)) {
            throw new IllegalStateException("the analysis was not cancelled: " + outcome.get());
        }
        return last - atInterrupt;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
