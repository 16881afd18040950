package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.model.Analysis;
import org.sahifa.model.Block;
import org.sahifa.model.EntityType;
import org.sahifa.settings.RecentSources;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.settings.ReaderPreferences;
import org.sahifa.ui.startup.AfterFirstFrame;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's window starts with the article alone (MainWindow.articleFirst) and builds its toolbar and sidebar once
 * the article has been drawn: the article must not move when they come, and they must show what the model holds.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleFirstTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newCachedThreadPool();

    private ReaderViewModel model;
    private MainWindow window;
    private Scene scene;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        AppFonts.load();
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        WindowServices services =
                new WindowServices(url -> {}, new RecentSources(dir.resolve("recent.json"), 10), background);
        window = MainWindow.articleFirst(model, i18n, new ReaderPreferences(null, Runnable::run), services);
        scene = ReaderHarness.showOn(stage, window);
    }

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    @Test
    void theArticleStaysPutWhenToolbarAndSidebarArrive(FxRobot robot) throws Exception {
        Analysis analysis = ReaderHarness.loadAndWait(robot, model, model::openSample);
        assertNotNull(analysis, "the sample opened");
        assertFalse(window.isComplete(), "nothing but the article before completeWindow");
        assertNull(robot.lookup("#url-field").tryQuery().orElse(null), "no toolbar yet");
        assertTrue(window.article().isPreviewing(), "the first screen is drawn without the list");
        Map<Block, Bounds> before = paragraphPlaces(robot);
        assertTrue(before.size() >= 3, "the first screen shows several paragraphs: " + before.size());
        Bounds viewBefore = articleBounds();

        robot.interact(window::completeWindow);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.isComplete());
        assertFalse(window.article().isPreviewing(), "the list has taken over");
        assertNotNull(robot.lookup("#url-field").tryQuery().orElse(null), "the toolbar is there");
        assertEquals(viewBefore, articleBounds(), "the article neither moved nor changed size");
        Map<Block, Bounds> after = paragraphPlaces(robot);
        for (Map.Entry<Block, Bounds> shown : before.entrySet()) {
            assertEquals(
                    shown.getValue(),
                    after.get(shown.getKey()),
                    "the paragraph is where the first frame drew it: "
                            + shown.getKey().text().substring(0, 20));
        }
        // The analysis finished before the sidebar existed: the sidebar catches up with it.
        assertTrue(
                window.entities().listed(EntityType.LOCATION).stream()
                        .anyMatch(e -> e.name().equals("تونس")),
                "Tunis is listed: " + window.entities().listed(EntityType.LOCATION));
        assertEquals(analysis.quotes(), window.quotes().listed());
    }

    @Test
    void theWindowCompletesItselfAfterTheArticleIsDrawn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.openSample();
            AfterFirstFrame.completeWindow(window, model, scene);
        });
        WaitForAsyncUtils.waitFor(ReaderHarness.LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS, window::isComplete);
        WaitForAsyncUtils.waitFor(
                ReaderHarness.LOAD_TIMEOUT_SECONDS,
                TimeUnit.SECONDS,
                () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(
                window.entities().listed(EntityType.PERSON).isEmpty(),
                "the sidebar filled in once the analysis was done");
    }

    @Test
    void theArticleSahifaStartedWithGoesOnTheRecentList(FxRobot robot) throws Exception {
        Path file = dir.resolve("library.html");
        try (InputStream in = ArticleFirstTest.class.getResourceAsStream("/extract/legacy-windows-1256.html")) {
            Files.copy(in, file);
        }
        Analysis opened = ReaderHarness.loadAndWait(robot, model, () -> model.open(file.toString()));
        assertNotNull(opened, "the file opened");
        assertFalse(window.isComplete(), "opened while the window had only the article");

        robot.interact(window::completeWindow);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> new RecentSources(dir.resolve("recent.json"), 10)
                        .load().value().stream().anyMatch(r -> r.source().equals(file.toString())));
    }

    @Test
    void aSlowPageAtStartUpStillGetsItsToolbarAndCancelButtonSoon(FxRobot robot) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CountDownLatch release = new CountDownLatch(1);
        server.createContext("/slow", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS); // the page only comes when the test lets it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow";
            robot.interact(() -> {
                model.open(url);
                AfterFirstFrame.completeWindow(window, model, scene);
            });
            // Completed while the page is still loading: at most AfterFirstFrame.LONGEST_WAIT after the first frame.
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, window::isComplete);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(model.loadingProperty().get(), "the page is still loading");
            assertTrue(robot.lookup("#cancel-button").queryButton().isVisible(), "the cancel button shows");
        } finally {
            release.countDown();
            server.stop(0);
        }
    }

    private Bounds articleBounds() {
        return window.article().localToScene(window.article().getLayoutBounds());
    }

    /** Where each paragraph on screen (and the title) is drawn, in the scene's coordinates. */
    private static Map<Block, Bounds> paragraphPlaces(FxRobot robot) {
        Map<Block, Bounds> places = new HashMap<>();
        for (ParagraphNode p : ReaderHarness.shownParagraphs(robot)) {
            places.put(p.block(), p.localToScene(p.getLayoutBounds()));
        }
        return places;
    }
}
