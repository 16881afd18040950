package org.sahifa.ui.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import org.sahifa.model.Analysis;
import org.sahifa.ui.ReaderViewModel;

/**
 * Start-up measurement, off unless the system property {@value #FILE_PROPERTY} names a file.
 *
 * <p>When the first article's text has been put in the window (its analysis may still be running), the probe waits
 * for the pulse after the one that laid it out (JavaFX finishes rendering a frame before it starts the next pulse),
 * then writes to the file:
 * <pre>
 * firstFrameEpochMs=...        wall clock at that moment; a benchmark compares it with its own start stamp
 * sinceProcessStartMs=...      the same moment measured from the process start the OS recorded (10 ms ticks)
 * cpuMsAtFirstFrame=...        processor time the whole process had used by then (Linux, from /proc; -1 elsewhere)
 * mark.NAME=...                 wall clock at each step {@link #mark} recorded on the way (where start-up time goes)
 * </pre>
 * and, when the analysis has finished too, the marks recorded since (such as {@code windowCompleted}, once the toolbar
 * and sidebar are built) and {@code analysedEpochMs=...}.
 * With {@value #EXIT_PROPERTY}{@code =true} the app then exits after the first frame; with {@code =analysed} it
 * exits once the analysis is done as well, which makes it a training run for the class-data-sharing archive built
 * by {@code packaging/build-dist.sh} (the archive then also holds the classes the analysis loads).
 */
public final class StartupProbe {
    public static final String FILE_PROPERTY = "sahifa.startupProbe";
    public static final String EXIT_PROPERTY = "sahifa.startupProbe.exit";
    /** Value of {@value #EXIT_PROPERTY} that waits for the analysis before exiting. */
    static final String EXIT_WHEN_ANALYSED = "analysed";
    /** Pulses to wait after the article is in the scene graph: the first lays it out, the second starts after it was drawn. */
    static final int PULSES_UNTIL_DRAWN = 2;

    private static final Logger LOG = Logger.getLogger(StartupProbe.class.getName());
    /** Clock ticks per second of /proc/self/stat's times (USER_HZ, 100 on Linux). */
    static final int PROC_TICKS_PER_SECOND = 100;

    private static final StringBuilder MARKS = new StringBuilder();

    private final Path file;
    private final String exit;
    private final Scene scene;
    private int pulsesSeen;
    private Runnable pulseListener;
    private boolean articleSeen;
    private String frameRecord;
    /** How much of the marks the frame record holds; the ones after it (windowCompleted) go in the analysed record. */
    private int marksAtFrame;

    private Worker.State analysisOutcome;

    private StartupProbe(Path file, String exit, Scene scene) {
        this.file = file;
        this.exit = exit;
        this.scene = scene;
    }

    /** Records the time of a step of start-up, when the probe is on. */
    public static void mark(String step) {
        String target = System.getProperty(FILE_PROPERTY);
        if (target != null && !target.isBlank()) {
            synchronized (MARKS) {
                MARKS.append("mark.")
                        .append(step)
                        .append('=')
                        .append(System.currentTimeMillis())
                        .append('\n');
            }
        }
    }

    /**
     * Watches the first article: its text appearing in {@code model}, and {@code firstArticle}, the task that loads
     * and analyses it. Does nothing unless the probe property is set.
     */
    public static void watch(ReaderViewModel model, Task<Analysis> firstArticle, Scene scene) {
        String target = System.getProperty(FILE_PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        StartupProbe probe = new StartupProbe(Path.of(target), System.getProperty(EXIT_PROPERTY, "false"), scene);
        if (model.analysisProperty().get() != null) {
            probe.articleShown(); // its text was ready before the window showed
        } else {
            model.analysisProperty().addListener((obs, old, analysis) -> {
                if (analysis != null && !probe.articleSeen) {
                    probe.articleShown();
                }
            });
        }
        if (firstArticle.isDone()) {
            probe.taskFinished(firstArticle.getState());
        } else {
            firstArticle.stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED
                        || state == Worker.State.FAILED
                        || state == Worker.State.CANCELLED) {
                    probe.taskFinished(state);
                }
            });
        }
    }

    private void articleShown() {
        mark("textInWindow");
        articleSeen = true;
        pulseListener = this::onPulse;
        scene.addPostLayoutPulseListener(pulseListener);
        Platform.requestNextPulse();
    }

    private void taskFinished(Worker.State state) {
        analysisOutcome = state;
        if (!articleSeen) {
            write("failed=" + state + "\n");
            finish(1);
        } else if (frameRecord != null) {
            writeAnalysed();
        }
    }

    private void onPulse() {
        pulsesSeen++;
        if (pulsesSeen < PULSES_UNTIL_DRAWN) {
            Platform.requestNextPulse();
            return;
        }
        scene.removePostLayoutPulseListener(pulseListener);
        long now = System.currentTimeMillis();
        long sinceStart = ProcessHandle.current()
                .info()
                .startInstant()
                .map(start -> now - start.toEpochMilli())
                .orElse(-1L);
        String marks;
        synchronized (MARKS) {
            marks = MARKS.toString();
        }
        marksAtFrame = marks.length();
        frameRecord = "firstFrameEpochMs=" + now + "\nsinceProcessStartMs=" + sinceStart + "\nat="
                + Instant.ofEpochMilli(now) + "\ncpuMsAtFirstFrame=" + processCpuMillis() + "\n" + marks;
        write(frameRecord);
        if (analysisOutcome != null) {
            writeAnalysed();
        } else if (Boolean.parseBoolean(exit)) {
            finish(0);
        }
    }

    private void writeAnalysed() {
        String laterMarks;
        synchronized (MARKS) {
            laterMarks = MARKS.substring(marksAtFrame);
        }
        write(frameRecord + laterMarks + "analysed=" + analysisOutcome + "\nanalysedEpochMs="
                + System.currentTimeMillis() + "\n");
        if (Boolean.parseBoolean(exit) || EXIT_WHEN_ANALYSED.equals(exit)) {
            finish(analysisOutcome == Worker.State.SUCCEEDED ? 0 : 1);
        }
    }

    /** User plus system time of this process so far, or -1 where /proc/self/stat is not to be had. */
    static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and
            // 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / PROC_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private void write(String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not write the start-up probe file " + file, e);
        }
    }

    private void finish(int code) {
        if (Boolean.parseBoolean(exit) || EXIT_WHEN_ANALYSED.equals(exit)) {
            Platform.exit();
            System.exit(code);
        }
    }
}
