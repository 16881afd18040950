package org.sahifa.ui.startup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.sahifa.analysis.Analyzer;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.settings.Theme;

/**
 * Time from "article loaded" (an {@link Analysis} in hand) to first paint: the reader window takes the
 * analysis (article view, entity sidebar, quotations, as {@code MainWindow} does), then the scene is laid
 * out and rendered once ({@code Scene.snapshot} runs CSS, layout and a full software render of the
 * 1280×800 window). Articles are generated Arabic text of 1,000 and 50,000 words (see {@link #generate}),
 * analysed for real (entities and quotations) in the setup.
 *
 * <p>After the last measurement with the 50,000-word article on screen, the fork logs its resident memory
 * (VmRSS from /proc/self/status, and its anonymous and file-backed parts) after two full GCs. The fork runs with the
 * JVM options of the app's launcher (C1 only, serial GC, small initial heap that shrinks back after a GC).
 *
 * <p>Run headless (the fork sets Monocle): {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp
 * %classpath org.openjdk.jmh.Main FirstPaintBenchmark -rf json -rff /tmp/first-paint.json"}; the median
 * is read from the JSON's raw data (each measurement is one single-shot paint).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "-Dtestfx.headless=true",
            "-Dprism.order=sw",
            "-Dprism.text=t2k",
            "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Djava.awt.headless=true",
            // The JVM options the app's launcher runs with (packaging/linux/app-image.options), so time and memory are
            // the app's.
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xms32m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20"
        })
public class FirstPaintBenchmark {
    private static final Logger LOG = Logger.getLogger(FirstPaintBenchmark.class.getName());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    static final long SEED = 20261129L;

    @Param({"1000", "50000"})
    public int words;

    /** The interface language: Arabic mirrors the whole window, English does not. */
    @Param({"ar"})
    public String language;

    /**
     * What is painted: {@code text}, the article alone with the sidebar saying it is analysing (what the app paints
     * first once an article is loaded: its text comes before its analysis), or {@code analysis}, the article with its
     * entities and quotations in the sidebar and the quotations highlighted.
     */
    @Param({"text", "analysis"})
    public String shown;

    private Analysis analysis;
    /** CPU time of the FX thread for each measured paint, in nanoseconds: less sensitive than wall time to a busy machine. */
    private final List<Long> fxCpuNanos = new ArrayList<>();

    private long rssBeforeWindow;
    private volatile boolean measuring;
    private Analysis empty;
    private MainWindow window;
    private Scene scene;
    private final WritableImage frame = new WritableImage(WIDTH, HEIGHT);

    @Setup(Level.Trial)
    public void startWindow() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Analyzer analyzer = Analyzer.standard();
        Article sample = analyzer.analyzeSample().article();
        analysis = analyzer.analyze(generate(sample, words, new Random(SEED)));
        if (shown.equals("text")) {
            analysis = new Analysis(analysis.article(), List.of(), List.of());
        }
        empty = new Analysis(sample.withBlocks(List.of()), List.of(), List.of());
        System.gc();
        rssBeforeWindow = residentMegabytes();
        onFx(() -> {
            AppFonts.load();
            I18n i18n = new I18n(Locale.forLanguageTag(language));
            window = new MainWindow(new ReaderViewModel(() -> analyzer, Runnable::run, i18n), i18n);
            scene = new Scene(window, WIDTH, HEIGHT);
            Theme.LIGHT.apply(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    /** Counts only measurement iterations in the FX-thread CPU figure. */
    @Setup(Level.Iteration)
    public void startIteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    /** Before each paint: an empty window, painted, so every measurement starts from the same state. */
    @Setup(Level.Invocation)
    public void clear() throws Exception {
        onFx(() -> paint(empty));
    }

    @Benchmark
    public WritableImage firstPaint() throws Exception {
        return onFx(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            WritableImage image = paint(analysis);
            if (measuring) {
                fxCpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
            }
            return image;
        });
    }

    @TearDown(Level.Trial)
    public void reportMemory() throws Exception {
        onFx(() -> paint(analysis));
        System.gc();
        System.gc();
        long rss = residentMegabytes();
        String parts = residentParts();
        List<Long> cpu = new ArrayList<>(fxCpuNanos);
        cpu.sort(null);
        double medianCpuMs = cpu.isEmpty() ? -1 : cpu.get(cpu.size() / 2) / 1e6;
        LOG.info(() -> String.format(
                Locale.ROOT,
                "words=%d blocks=%d: FX-thread CPU per paint, median of %d: %.1f ms; "
                        + "VmRSS %d MB with the article shown (after GC; %s; %d MB before the window, analyser loaded); heap used %d MB",
                words,
                analysis.article().blocks().size(),
                cpu.size(),
                medianCpuMs,
                rss,
                parts,
                rssBeforeWindow,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20));
        Platform.exit();
    }

    private WritableImage paint(Analysis painted) {
        boolean analysing = painted.entities().isEmpty() && painted != empty;
        window.article().show(painted);
        window.entities().show(painted.entities());
        window.entities().setAnalysing(analysing);
        window.quotes().show(painted.quotes(), painted.article().title());
        window.quotes().setAnalysing(analysing);
        // Drawn into the same image each time: the window on screen allocates no 4 MB image per frame either.
        return scene.snapshot(frame);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(5, TimeUnit.MINUTES);
    }

    /** The parts of the resident memory: anonymous (heap, native), file-backed (mapped jars, JDK modules, fonts), shared. */
    static String residentParts() throws IOException {
        StringBuilder parts = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("RssAnon:") || line.startsWith("RssFile:") || line.startsWith("RssShmem:")) {
                parts.append(parts.length() == 0 ? "" : ", ")
                        .append(line, 0, line.indexOf(':'))
                        .append(' ')
                        .append(Long.parseLong(line.replaceAll("\\D", "")) >> 10)
                        .append(" MB");
            }
        }
        return parts.toString();
    }

    static long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        }
        return -1;
    }

    /**
     * An Arabic article of about {@code wordCount} words from the sample article's vocabulary: paragraphs of
     * 20 to 120 words in random order, with headings, «quotations» with a speaker, list items and, now and then,
     * an English paragraph, so lines, directions and highlights vary as in real articles.
     */
    static Article generate(Article sample, int wordCount, Random random) {
        List<String> arabic = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (Block block : sample.blocks()) {
            for (String word : block.text().split("\\s+")) {
                (ScriptDirection.hasArabic(word) ? arabic : english).add(word);
            }
        }
        List<Block> blocks = new ArrayList<>();
        int total = 0;
        while (total < wordCount) {
            int kind = random.nextInt(20);
            BlockType type;
            String text;
            if (kind == 0) {
                type = BlockType.HEADING;
                text = words(arabic, 3 + random.nextInt(5), random);
            } else if (kind == 1 && !english.isEmpty()) {
                type = BlockType.PARAGRAPH;
                text = words(english, 15 + random.nextInt(30), random);
            } else if (kind == 2) {
                type = BlockType.LISTITEM;
                text = words(arabic, 5 + random.nextInt(15), random);
            } else if (kind <= 5) {
                type = BlockType.PARAGRAPH;
                text = "وقال " + words(arabic, 2, random) + " «" + words(arabic, 8 + random.nextInt(25), random) + "»، "
                        + words(arabic, 10 + random.nextInt(30), random);
            } else {
                type = BlockType.PARAGRAPH;
                text = words(arabic, 20 + random.nextInt(100), random);
            }
            blocks.add(new Block(type, text, ScriptDirection.of(text)));
            total += text.split("\\s+").length;
        }
        return new Article(
                "generated:" + wordCount,
                "مقال مولد من " + wordCount + " كلمة لقياس أول رسم",
                "صحيفة",
                null,
                null,
                "ar",
                TextDirection.RTL,
                blocks,
                true);
    }

    private static String words(List<String> pool, int n, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(pool.get(random.nextInt(pool.size())));
        }
        return out.toString();
    }
}
