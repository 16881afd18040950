package org.sahifa.robust;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.sahifa.analysis.Analyzer;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.FileLoader;
import org.sahifa.load.LoadException;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.quote.QuoteFinder;

/**
 * Time and heap of load → extract → analyse over generated inputs of growing size ({@link HostileShapes}), single
 * shot, one JVM per shape so that heap peaks do not mix. Run (the heap the launchers set):
 * <pre>{@code mvn -q -B -o test-compile exec:exec -Dexec.args="-Xmx1g -cp %classpath org.sahifa.robust.SizeBenchmark LONG_PARAGRAPH 1 4 16"}</pre>
 * Prints one line per size: megabytes, blocks, extraction and analysis seconds (wall clock, and the thread's CPU
 * time, which a machine shared with other builds disturbs less), entities, quotations, heap peak.
 */
public final class SizeBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SizeBenchmark() {}

    public static void main(String[] args) throws LoadException {
        HostileShapes shape = HostileShapes.valueOf(args[0]);
        // No limit on the text analysed: the point is to see how time grows beyond Analyzer.MAX_ANALYSED_CHARS too.
        Analyzer analyzer = new Analyzer(EntityRecognizer.load(), new QuoteFinder(), Long.MAX_VALUE);
        // Warm up on a small input so that the first size does not pay for class loading and the first compilations.
        analyzer.analyze(ArticleExtractor.extract(FileLoader.fromBytes("warm", shape.ofSize(64 * 1024), shape.kind)));
        for (int a = 1; a < args.length; a++) {
            double megabytes = Double.parseDouble(args[a]);
            byte[] input = shape.ofSize((int) (megabytes * 1024 * 1024));
            System.gc();
            resetPeaks();
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Article article = ArticleExtractor.extract(FileLoader.fromBytes("bench", input, shape.kind));
            long t1 = System.nanoTime();
            Analysis analysis = analyzer.analyze(article);
            long t2 = System.nanoTime();
            long c2 = CPU.getCurrentThreadCpuTime();
            System.out.printf(
                    Locale.ROOT,
                    "%s %.2f MB: %d blocks, extract %.2f s, analyse %.2f s (CPU of both %.2f s), %d entities, %d quotes, heap peak %d MB%n",
                    shape,
                    input.length / 1048576.0,
                    article.blocks().size(),
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    (c2 - c0) / 1e9,
                    analysis.entities().size(),
                    analysis.quotes().size(),
                    heapPeak() / 1048576);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
