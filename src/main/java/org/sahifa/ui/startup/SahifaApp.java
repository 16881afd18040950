package org.sahifa.ui.startup;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
import org.sahifa.settings.RecentSources;
import org.sahifa.settings.SettingsStore;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.WindowServices;
import org.sahifa.ui.settings.ReaderPreferences;

/** The desktop app: one reader window. {@link #start(Stage)} reads as its steps. */
public final class SahifaApp extends Application {
    /** Time given to the list view to lay out its rows before a screenshot is taken. */
    static final Duration SCREENSHOT_SETTLE = Duration.millis(400);

    private static final Logger LOG = Logger.getLogger(SahifaApp.class.getName());
    /** System property that turns images on for a screenshot ({@code -Dsahifa.showImages=true}); the app itself has its toggle. */
    static final String SHOW_IMAGES_PROPERTY = "sahifa.showImages";

    private static volatile Analyzer sharedAnalyzer;
    /** The article to open first, being read since the launcher ran (null when started some other way, as in tests). */
    private static volatile FirstArticle firstArticle;
    /** The saved settings, being read since the launcher ran (null likewise, and for screenshots, which use defaults). */
    private static volatile EarlySettings earlySettings;

    /** Threads for loading; a cancelled load that is still blocked on the network does not hold up the next one. */
    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "sahifa-loader");
        thread.setDaemon(true);
        return thread;
    });

    /** Called by the launcher; returns when the window closes. */
    public static void start(String[] args) {
        // What JavaFX does not need is begun on other threads while it starts (invalid options are reported in start).
        try {
            LaunchOptions options = LaunchOptions.parse(List.of(args));
            firstArticle = FirstArticle.begin(options);
            earlySettings = options.screenshot() != null ? null : EarlySettings.begin(SettingsStore.inDataDirectory());
            EarlyText.begin(firstArticle, earlySettings);
        } catch (IllegalArgumentException e) {
            firstArticle = null;
        }
        Application.launch(SahifaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fxStarted");
        // From here on only this thread lays text out: JavaFX's text layout is not safe on two threads at once.
        LayoutGate.STARTUP.close();
        StartupProbe.mark("layoutGateClosed");
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
        boolean screenshot = options.screenshot() != null;
        // A screenshot shows the defaults (and the options given), never the user's saved settings.
        ReaderPreferences prefs =
                new ReaderPreferences(screenshot ? null : SettingsStore.inDataDirectory(), background);
        EarlySettings settings = earlySettings;
        earlySettings = null;
        String damaged = settings != null && !screenshot ? prefs.load(settings.get()) : prefs.load();
        if (options.theme() != null) {
            prefs.themeProperty().set(options.theme());
        }
        if (screenshot && Boolean.getBoolean(SHOW_IMAGES_PROPERTY)) {
            prefs.showImagesProperty().set(true);
        }
        I18n i18n = languageFor(options.language(), prefs);
        ReaderViewModel model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        WindowServices services = screenshot
                ? WindowServices.forScreenshot() // a library of its own: never the user's (docs/library.md)
                : new WindowServices(
                        url -> getHostServices().showDocument(url), recentSources(model, i18n), background);
        StartupProbe.mark("settingsRead");
        // The article first: the toolbar and sidebar are built once it has been drawn (see AfterFirstFrame).
        MainWindow window = MainWindow.articleFirst(model, i18n, prefs, services);
        Scene scene = new Scene(window, options.width(), options.height());
        prefs.themeProperty().get().apply(scene);
        StartupProbe.mark("windowBuilt");
        prefs.languageProperty().addListener((obs, old, lang) -> {
            // The interface language changes the whole window (its strings and its mirroring): build it anew.
            I18n newI18n = languageFor(null, prefs);
            model.setI18n(newI18n);
            MainWindow rebuilt = new MainWindow(model, newI18n, prefs, services);
            scene.setRoot(rebuilt);
            prefs.themeProperty().get().apply(scene);
            stage.titleProperty().bind(rebuilt.windowTitleProperty());
        });
        // Opened before the window shows: when the article's text has been read meanwhile (it usually has), the
        // window's first frame shows it.
        FirstArticle early = firstArticle;
        firstArticle = null;
        Task<Analysis> first = early != null && early.isFor(options.source())
                ? model.openFirst(early)
                : options.source() == null ? model.openSample() : model.open(options.source());
        StartupProbe.watch(model, first, scene);
        showStage(stage, scene, i18n);
        stage.titleProperty().bind(window.windowTitleProperty());
        StartupProbe.mark("stageShown");
        AfterFirstFrame.completeWindow(window, model, scene);
        if (damaged != null) {
            model.report(i18n.get("settings.damaged"));
        }
        OpenRequests.forwardTo(stage, model);
        if (options.screenshot() != null) {
            takeScreenshotWhenDone(first, scene, options);
        }
    }

    /** The recent list, read in the background; a damaged file has been set aside and the banner says so. */
    private RecentSources recentSources(ReaderViewModel model, I18n i18n) {
        RecentSources recent = RecentSources.inDataDirectory();
        background.execute(() -> {
            if (recent.load().wasDamaged()) {
                Platform.runLater(() -> model.report(i18n.get("recent.damaged")));
            }
        });
        return recent;
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }

    /** The analyzer is built once, on first use, off the FX thread (the NER model takes a moment to load). */
    public static Analyzer analyzer() {
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

    /** The language asked for on the command line, else the saved one, else the system's. */
    private static I18n languageFor(Locale asked, ReaderPreferences prefs) {
        if (asked != null) {
            return new I18n(asked);
        }
        String saved = prefs.languageProperty().get();
        return saved == null || saved.isBlank() ? I18n.forSystem() : new I18n(Locale.forLanguageTag(saved));
    }

    private void showStage(Stage stage, Scene scene, I18n i18n) {
        stage.setTitle(i18n.get("app.title"));
        // The icon is decoded in the background: the window manager can have it a moment after the first frame.
        background.execute(() -> {
            try (var icon = SahifaApp.class.getResourceAsStream("/icons/sahifa-256.png")) {
                if (icon != null) {
                    Image image = new Image(icon);
                    Platform.runLater(() -> stage.getIcons().add(image));
                }
            } catch (java.io.IOException e) {
                LOG.log(Level.FINE, "window icon not read", e);
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    private void takeScreenshotWhenDone(Task<Analysis> task, Scene scene, LaunchOptions options) {
        Runnable shoot = () -> shootWhenSettled(scene, options);
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

    /**
     * Exit code 3, with one sentence on stderr, when the screenshot's title was not drawn as its own glyphs (see
     * {@link TitleCheck}); 0 otherwise.
     */
    private static int checkTitle(Scene scene, java.awt.image.BufferedImage shot, LaunchOptions options) {
        List<TitleCheck.Piece> pieces = TitleCheck.check(scene, shot);
        LOG.info(() -> "title check: "
                + pieces.stream()
                        .map(p -> String.format(Locale.ROOT, "%.2f", p.score()))
                        .toList());
        return TitleCheck.firstBad(pieces)
                .map(bad -> {
                    new PrintStream(System.err, true, StandardCharsets.UTF_8)
                            .println(String.format(
                                    Locale.ROOT,
                                    "The title in %s was drawn with wrong glyphs («%s» agrees %.2f with its font, below"
                                            + " %.2f).",
                                    options.screenshot(),
                                    bad.text(),
                                    bad.score(),
                                    TitleCheck.MIN_SCORE));
                    return 3;
                })
                .orElse(0);
    }

    /**
     * Exit code 3, with one sentence on stderr, when a body line of the screenshot was not drawn as its words in
     * reading order or a quotation's highlight missed its words (see {@link BodyCheck}); 0 otherwise.
     */
    private static int checkBody(List<BodyLines.Line> lines, java.awt.image.BufferedImage shot, LaunchOptions options) {
        long started = System.nanoTime();
        BodyCheck.Result result = BodyCheck.check(lines, shot);
        LOG.info(() -> String.format(
                Locale.ROOT,
                "body check: %d lines (worst %s), %d highlights (worst %s), %d skipped, %d ms",
                result.lines().size(),
                result.lines().stream().mapToDouble(BodyCheck.LineScore::worst).min().stream()
                        .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
                        .findFirst()
                        .orElse("-"),
                result.highlights().size(),
                result.highlights().stream().mapToDouble(BodyCheck.HighlightScore::score).min().stream()
                        .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
                        .findFirst()
                        .orElse("-"),
                result.skipped(),
                (System.nanoTime() - started) / 1_000_000));
        return result.firstFailure()
                .map(failure -> {
                    new PrintStream(System.err, true, StandardCharsets.UTF_8)
                            .println("In " + options.screenshot() + ", " + failure + ".");
                    return 3;
                })
                .orElse(0);
    }

    /** Writes the screenshot once the rows are laid out and the lead image (when images are on) has come or failed. */
    private void shootWhenSettled(Scene scene, LaunchOptions options) {
        PauseTransition settle = new PauseTransition(SCREENSHOT_SETTLE);
        settle.setOnFinished(e -> {
            if (scene.getRoot() instanceof MainWindow window
                    && window.leadImageLoadingProperty().get()) {
                window.leadImageLoadingProperty().addListener(new javafx.beans.InvalidationListener() {
                    @Override
                    public void invalidated(javafx.beans.Observable loading) {
                        window.leadImageLoadingProperty().removeListener(this);
                        shootWhenSettled(scene, options);
                    }
                });
                return;
            }
            if (scene.getRoot() instanceof MainWindow window && !window.isComplete()) {
                window.completeWindow();
                shootWhenSettled(scene, options);
                return;
            }
            int code = 0;
            java.awt.image.BufferedImage shot = null;
            try {
                shot = Screenshot.write(scene, options.screenshot());
                code = checkTitle(scene, shot, options);
            } catch (Exception ex) {
                LOG.log(Level.SEVERE, "screenshot failed", ex);
                new PrintStream(System.err, true, StandardCharsets.UTF_8)
                        .println("Could not write the screenshot " + options.screenshot() + ": " + ex.getMessage());
                code = 1;
            }
            if (code != 0) {
                Platform.exit();
                System.exit(code);
            }
            // The lines are read here, on the JavaFX thread; drawing and comparing them needs no JavaFX.
            long reading = System.nanoTime();
            List<BodyLines.Line> lines = BodyLines.visible(scene, shot.getWidth(), shot.getHeight());
            LOG.info(() ->
                    "body lines read on the JavaFX thread in " + (System.nanoTime() - reading) / 1_000_000 + " ms");
            java.awt.image.BufferedImage taken = shot;
            Thread check = new Thread(
                    () -> {
                        int bodyCode = 1;
                        try {
                            bodyCode = checkBody(lines, taken, options);
                        } catch (RuntimeException ex) {
                            // never leave a screenshot run hanging: the app exits whatever the check does
                            LOG.log(Level.SEVERE, "body check failed", ex);
                            new PrintStream(System.err, true, StandardCharsets.UTF_8)
                                    .println("Could not check the body of the screenshot " + options.screenshot() + ": "
                                            + ex.getMessage());
                        }
                        int exitCode = bodyCode;
                        // exit from the JavaFX thread, as before the check moved off it
                        Platform.runLater(() -> {
                            Platform.exit();
                            System.exit(exitCode);
                        });
                    },
                    "body-check");
            check.start();
        });
        settle.play();
    }
}
