package org.sahifa.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.analysis.Analyzer;
import org.sahifa.ui.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Bulk import, headless: a folder's articles saved with progress, failures summarised with their reasons, cancel. */
@ExtendWith(ApplicationExtension.class)
class ImportBarTest {
    private static Analyzer analyzer;

    @TempDir
    Path dir;

    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    private LibraryAccess access;
    private ImportBar bar;
    private final AtomicReference<Integer> refreshed = new AtomicReference<>(0);

    private static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = Analyzer.standard();
        }
        return analyzer;
    }

    @Start
    void start(Stage stage) {
        access = new LibraryAccess(dir.resolve("lib"), background, new I18n(Locale.ENGLISH), s -> {}, s -> {});
        bar = new ImportBar(
                access, new I18n(Locale.ENGLISH), ImportBarTest::analyzer, () -> refreshed.updateAndGet(n -> n + 1));
        stage.setScene(new Scene(bar, 600, 300));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        background.submit(access::close).get(30, TimeUnit.SECONDS);
    }

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    @Test
    void importsAFolderAndSaysWhatFailedAndWhy(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(
                folder.resolve("a.txt"), "العنوان الأول\n\nنص المقال الأول عن المفاوضات.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.md"), "# العنوان الثاني\n\nنص المقال الثاني.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.pdf"), "not an article type", StandardCharsets.UTF_8);
        List<String> sources = new ArrayList<>(BulkImport.filesIn(folder));
        assertEquals(2, sources.size(), "only the kinds Sahifa opens: " + sources);
        sources.add(folder.resolve("gone.txt").toString());

        robot.interact(() -> bar.start(sources));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> refreshed.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Imported 2; 1 failed.", bar.statusText());
        assertTrue(bar.failuresText().startsWith(folder.resolve("gone.txt") + " — "), bar.failuresText());
        assertTrue(bar.failuresText().toLowerCase(Locale.ROOT).contains("not found"), bar.failuresText());
        assertEquals(2, access.call(library -> library.list()).size());
    }

    @Test
    void cancellingStopsBeforeTheRest(FxRobot robot) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "عنوان\n\nنص.\n", StandardCharsets.UTF_8);
        List<String> many = Collections.nCopies(500, article.toString());
        robot.interact(() -> bar.start(many).cancel());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> refreshed.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Import cancelled.", bar.statusText());
        assertTrue(
                access.call(library -> library.list()).size() <= 1,
                "the same file at most once, and not all 500 tries");
    }

    /** In a library narrower than the two buttons side by side, they go to two lines instead of being cut short. */
    @Test
    void inANarrowLibraryTheButtonsWrapInsteadOfBeingCut(FxRobot robot) {
        Button folder = robot.lookup("#library-import-folder").queryButton();
        Button list = robot.lookup("#library-import-list").queryButton();
        double bothSideBySide = folder.prefWidth(-1) + list.prefWidth(-1);
        // the bar alone is laid out narrower, not the window: TestFX shows every test class in the same stage, and a
        // stage once given a width no longer takes the size of the next test's scene
        double[] laidOut = new double[6]; // width and preferred width of each button, then their y
        robot.interact(() -> {
            bar.resize(bothSideBySide * 0.8, bar.getHeight());
            bar.layout();
            laidOut[0] = folder.getWidth();
            laidOut[1] = folder.prefWidth(-1);
            laidOut[2] = list.getWidth();
            laidOut[3] = list.prefWidth(-1);
            laidOut[4] = folder.getLayoutY();
            laidOut[5] = list.getLayoutY();
        });
        assertTrue(laidOut[0] >= laidOut[1] - 0.5, folder.getText() + " is cut: " + laidOut[0] + " < " + laidOut[1]);
        assertTrue(laidOut[2] >= laidOut[3] - 0.5, list.getText() + " is cut: " + laidOut[2] + " < " + laidOut[3]);
        assertTrue(laidOut[5] > laidOut[4], "the second button is on a line of its own");
    }
}
