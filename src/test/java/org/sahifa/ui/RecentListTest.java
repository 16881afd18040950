package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.model.Analysis;
import org.sahifa.settings.RecentSource;
import org.sahifa.settings.RecentSources;
import org.sahifa.ui.settings.ReaderPreferences;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The recent menu lists what earlier runs opened, opens it again, and adds to the saved list. */
@ExtendWith(ApplicationExtension.class)
class RecentListTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    @TempDir
    Path dir;

    private ReaderViewModel model;
    private Path olive;
    private Path library;

    @Start
    void start(Stage stage) throws IOException {
        olive = copy("/extract/wordpress-jsonld.html", "olive.html");
        library = copy("/extract/legacy-windows-1256.html", "library.html");
        // an earlier run opened the olive article
        new RecentSources(dir.resolve("recent.json"), 10).add(olive.toString(), "مهرجان الزيتون");
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        WindowServices services =
                new WindowServices(url -> {}, new RecentSources(dir.resolve("recent.json"), 10), background);
        AppFonts.load();
        ReaderHarness.showOn(stage, new MainWindow(model, i18n, new ReaderPreferences(null, Runnable::run), services));
    }

    private Path copy(String resource, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = RecentListTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    private List<String> savedSources() {
        return new RecentSources(dir.resolve("recent.json"), 10)
                .load().value().stream().map(RecentSource::source).toList();
    }

    private List<MenuItem> recentItems(FxRobot robot) {
        return robot.lookup("#recent-menu").queryAs(MenuButton.class).getItems();
    }

    @Test
    void theSavedListIsShownOpenedAndAddedTo(FxRobot robot) throws Exception {
        // the list is read off the FX thread, then shown
        org.testfx.util.WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> recentItems(robot).stream().anyMatch(i -> !i.isDisable()));
        List<MenuItem> items = recentItems(robot);
        // The title is article text inside the interface: closed by marks of the interface's direction (see Isolated).
        assertEquals(
                List.of(Isolated.in("مهرجان الزيتون", new I18n(Locale.ENGLISH))),
                items.stream().map(MenuItem::getText).toList(),
                "the earlier run's article is listed");

        Analysis opened = ReaderHarness.loadAndWait(
                robot, model, () -> recentItems(robot).get(0).fire());
        assertEquals(olive.toString(), opened.article().source());

        ReaderHarness.loadAndWait(robot, model, () -> model.open(library.toString()));
        // the window saves the list off the FX thread once the article is shown
        org.testfx.util.WaitForAsyncUtils.waitFor(
                10, java.util.concurrent.TimeUnit.SECONDS, () -> savedSources().size() == 2);
        List<String> saved = savedSources();
        assertEquals(List.of(library.toString(), olive.toString()), saved, "newest first, the earlier entry kept");
        org.testfx.util.WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> recentItems(robot).size() == 2);
    }
}
