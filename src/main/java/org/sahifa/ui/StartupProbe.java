package org.sahifa.ui;

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

/**
 * Start-up measurement, off unless the system property {@value #FILE_PROPERTY} names a file.
 *
 * <p>When the first article has been shown, the probe waits for the pulse after the one that laid it out
 * (JavaFX finishes rendering a frame before it starts the next pulse), then writes to the file:
 * <pre>
 * firstFrameEpochMs=...        wall clock at that moment; a benchmark compares it with its own start stamp
 * sinceProcessStartMs=...      the same moment measured from the process start the OS recorded (10 ms ticks)
 * </pre>
 * With {@value #EXIT_PROPERTY}{@code =true} the app then exits, which also makes it a training run for the
 * class-data-sharing archive built by {@code packaging/build-dist.sh}.
 */
public final class StartupProbe {
    public static final String FILE_PROPERTY = "sahifa.startupProbe";
    public static final String EXIT_PROPERTY = "sahifa.startupProbe.exit";
    /** Pulses to wait after the article is in the scene graph: the first lays it out, the second starts after it was drawn. */
    static final int PULSES_UNTIL_DRAWN = 2;
    private static final Logger LOG = Logger.getLogger(StartupProbe.class.getName());

    private final Path file;
    private final boolean exit;
    private final Scene scene;
    private int pulsesSeen;
    private Runnable pulseListener;

    private StartupProbe(Path file, boolean exit, Scene scene) {
        this.file = file;
        this.exit = exit;
        this.scene = scene;
    }

    /** Watches the task that loads the first article; does nothing unless the probe property is set. */
    public static void watch(Task<Analysis> firstArticle, Scene scene) {
        String target = System.getProperty(FILE_PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        StartupProbe probe = new StartupProbe(Path.of(target), Boolean.getBoolean(EXIT_PROPERTY), scene);
        if (firstArticle.isDone()) {
            probe.articleFinished(firstArticle.getState());
        } else {
            firstArticle.stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                    probe.articleFinished(state);
                }
            });
        }
    }

    private void articleFinished(Worker.State state) {
        if (state != Worker.State.SUCCEEDED) {
            write("failed=" + state + "\n");
            finish(1);
            return;
        }
        pulseListener = this::onPulse;
        scene.addPostLayoutPulseListener(pulseListener);
        Platform.requestNextPulse();
    }

    private void onPulse() {
        pulsesSeen++;
        if (pulsesSeen < PULSES_UNTIL_DRAWN) {
            Platform.requestNextPulse();
            return;
        }
        scene.removePostLayoutPulseListener(pulseListener);
        long now = System.currentTimeMillis();
        long sinceStart = ProcessHandle.current().info().startInstant()
                .map(start -> now - start.toEpochMilli()).orElse(-1L);
        write("firstFrameEpochMs=" + now + "\nsinceProcessStartMs=" + sinceStart + "\nat=" + Instant.ofEpochMilli(now) + "\n");
        finish(0);
    }

    private void write(String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not write the start-up probe file " + file, e);
        }
    }

    private void finish(int code) {
        if (exit) {
            Platform.exit();
            System.exit(code);
        }
    }
}
