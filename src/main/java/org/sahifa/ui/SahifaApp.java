package org.sahifa.ui;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.sahifa.analysis.Analyzer;
import org.sahifa.model.Analysis;

/** The desktop app: one reader window. {@link #start(Stage)} reads as its steps. */
public final class SahifaApp extends Application {
    /** Time given to the list view to lay out its rows before a screenshot is taken. */
    static final Duration SCREENSHOT_SETTLE = Duration.millis(400);
    private static final Logger LOG = Logger.getLogger(SahifaApp.class.getName());
    private static volatile Analyzer sharedAnalyzer;

    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sahifa-loader");
        thread.setDaemon(true);
        return thread;
    });

    /** Called by the launcher; returns when the window closes. */
    public static void start(String[] args) {
        Application.launch(SahifaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            new PrintStream(System.err, true, StandardCharsets.UTF_8).println(e.getMessage());
            Platform.exit();
            System.exit(2);
            return;
        }
        AppFonts.load();
        I18n i18n = I18n.forSystem();
        ReaderViewModel model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        MainWindow window = new MainWindow(model, i18n);
        Scene scene = new Scene(window, options.width(), options.height());
        options.theme().apply(scene);
        showStage(stage, scene, i18n);
        OpenRequests.forwardTo(stage, model);
        Task<Analysis> first = options.source() == null ? model.openSample() : model.open(options.source());
        StartupProbe.watch(first, scene);
        if (options.screenshot() != null) {
            takeScreenshotWhenDone(first, scene, options);
        }
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }

    /** The analyzer is built once, on first use, off the FX thread (the NER model takes a moment to load). */
    static Analyzer analyzer() {
        Analyzer a = sharedAnalyzer;
        if (a == null) {
            synchronized (SahifaApp.class) {
                if (sharedAnalyzer == null) {
                    sharedAnalyzer = Analyzer.standard();
                }
                a = sharedAnalyzer;
            }
        }
        return a;
    }

    private void showStage(Stage stage, Scene scene, I18n i18n) {
        stage.setTitle(i18n.get("app.title"));
        var icon = SahifaApp.class.getResourceAsStream("/icons/sahifa-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setScene(scene);
        stage.show();
    }

    private void takeScreenshotWhenDone(Task<Analysis> task, Scene scene, LaunchOptions options) {
        Runnable shoot = () -> {
            PauseTransition settle = new PauseTransition(SCREENSHOT_SETTLE);
            settle.setOnFinished(e -> {
                int code = 0;
                try {
                    Screenshot.write(scene, options.screenshot());
                } catch (Exception ex) {
                    LOG.log(Level.SEVERE, "screenshot failed", ex);
                    new PrintStream(System.err, true, StandardCharsets.UTF_8)
                            .println("Could not write the screenshot " + options.screenshot() + ": " + ex.getMessage());
                    code = 1;
                }
                Platform.exit();
                System.exit(code);
            });
            settle.play();
        };
        if (task.isDone()) {
            shoot.run();
        } else {
            task.runningProperty().addListener((obs, was, running) -> {
                if (!running) {
                    shoot.run();
                }
            });
        }
    }
}
