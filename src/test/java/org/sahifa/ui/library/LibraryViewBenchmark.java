package org.sahifa.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.sahifa.library.Library;
import org.sahifa.library.SavedArticle;
import org.sahifa.ui.I18n;

/**
 * Library view first paint with a library's whole list in hand: from building the view with the rows to the scene
 * laid out and rendered once ({@code Scene.snapshot}: CSS, layout and a software render, as in FirstPaintBenchmark).
 * Also times reading the list from the database. A benchmark main, not a test; needs a library built by
 * LibraryBenchmark.
 *
 * <p>Run (headless): {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp %classpath -Dtestfx.headless=true
 * -Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless org.sahifa.ui.library.LibraryViewBenchmark
 * /tmp/sahifa-bench-library-10k"}
 */
public final class LibraryViewBenchmark {
    private static final int RUNS = 15;
    private static final int WARM_UP = 5;

    /** The FX thread's own CPU time for the last paint: the machine is shared, so wall time includes waiting for a core. */
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static volatile double lastCpuMillis;

    private LibraryViewBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<SavedArticle> rows;
        double[] listMillis = new double[RUNS];
        try (Library library = Library.open(dir)) {
            rows = library.list();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                rows = library.list();
                listMillis[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        List<SavedArticle> all = rows;
        List<Double> paint = new ArrayList<>();
        List<Double> paintCpu = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            CompletableFuture<Double> run = new CompletableFuture<>();
            Platform.runLater(() -> run.complete(firstPaint(dir, all)));
            double millis = run.get();
            if (i >= WARM_UP) {
                paint.add(millis);
                paintCpu.add(lastCpuMillis);
            }
        }
        double[] p = paint.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(p);
        double[] c = paintCpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Arrays.sort(listMillis);
        say(
                "%d rows: list from the database median %.1f ms (min %.1f, max %.1f); view first paint median %.1f ms (min %.1f, max %.1f),"
                        + " FX thread CPU median %.1f ms (min %.1f, max %.1f); load average %.1f",
                all.size(),
                listMillis[RUNS / 2],
                listMillis[0],
                listMillis[RUNS - 1],
                p[p.length / 2],
                p[0],
                p[p.length - 1],
                c[c.length / 2],
                c[0],
                c[c.length - 1],
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        Platform.exit();
    }

    private static double firstPaint(Path dir, List<SavedArticle> rows) {
        long cpu = CPU.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        LibraryAccess access = new LibraryAccess(
                dir, Executors.newSingleThreadExecutor(), new I18n(Locale.forLanguageTag("ar")), s -> {}, s -> {});
        LibraryView view = new LibraryView(access, new I18n(Locale.forLanguageTag("ar")), a -> {});
        long c1 = CPU.getCurrentThreadCpuTime();
        view.showRows(rows);
        long c2 = CPU.getCurrentThreadCpuTime();
        Scene scene = new Scene(view, 700, 800);
        scene.snapshot(new WritableImage(700, 800));
        long c3 = CPU.getCurrentThreadCpuTime();
        if (System.getProperty("phases") != null) {
            System.err.printf("build %.1f rows %.1f paint %.1f%n", (c1 - cpu) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6);
        }
        lastCpuMillis = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        return (System.nanoTime() - t) / 1e6;
    }

    private static void say(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values)); // a benchmark's report is its output
    }
}
