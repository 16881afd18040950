package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.model.Analysis;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening web pages from the window: the address field (Ctrl+L), Ctrl+V of an address, and cancelling a slow load. */
@ExtendWith(ApplicationExtension.class)
class OpeningTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newCachedThreadPool();

    private HttpServer server;
    private ReaderViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", exchange -> {
            byte[] page;
            try (InputStream in = OpeningTest.class.getResourceAsStream("/ui/mixed-article.html")) {
                page = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/slow", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 20; i++) { // at most 20 seconds, one byte a second
                    out.write('<');
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();

        AppFonts.load();
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        window = new MainWindow(model, i18n);
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Analysis waitForLoad() throws Exception {
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return model.analysisProperty().get();
    }

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    @Test
    void ctrlLThenTypingAnAddressOpensThePage(FxRobot robot) throws Exception {
        robot.clickOn(window.article());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertTrue(window.urlField().isFocused(), "Ctrl+L puts the cursor in the address field");
        robot.interact(() -> window.urlField().setText(url("/article")));
        robot.type(KeyCode.ENTER);
        Analysis analysis = waitForLoad();
        assertNotNull(analysis);
        assertEquals(url("/article"), analysis.article().source());
        assertEquals("مكتبة الإسكندرية تفتح أبوابها ليلا", analysis.article().title());
    }

    @Test
    void ctrlVOfAnAddressAnywhereOpensIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url("/article"));
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(window.article());
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        Analysis analysis = waitForLoad();
        assertNotNull(analysis, "the pasted address was opened");
        assertEquals(url("/article"), analysis.article().source());
    }

    @Test
    void cancellingASlowLoadKeepsTheArticle(FxRobot robot) throws Exception {
        robot.interact(() -> model.openSample());
        Analysis before = waitForLoad();
        robot.interact(() -> model.open(url("/slow")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.loadingProperty().get(), "the slow page is loading");
        assertTrue(robot.lookup("#cancel-button").query().isVisible(), "a cancel button is offered while loading");
        robot.clickOn("#cancel-button");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        assertSame(before, model.analysisProperty().get(), "the article already open stays");
        assertFalse(robot.lookup("#cancel-button").query().isVisible());
        assertEquals(new I18n(Locale.ENGLISH).get("error.CANCELLED"), window.bannerMessage());
    }
}
