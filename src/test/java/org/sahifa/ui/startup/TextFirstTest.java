package org.sahifa.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.model.Analysis;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An article's text is on screen before its analysis is done; the entities and quotations fill in afterwards. */
@ExtendWith(ApplicationExtension.class)
class TextFirstTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newCachedThreadPool();
    /** Holds the analysis back until the test has looked at the window with the text alone. */
    private final CountDownLatch analysisAllowed = new CountDownLatch(1);

    private ReaderViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(
                () -> {
                    try {
                        analysisAllowed.await(ReaderHarness.LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return SahifaApp.analyzer();
                },
                background,
                i18n);
        window = ReaderHarness.show(stage, model, i18n);
    }

    @AfterEach
    void stop() {
        analysisAllowed.countDown();
    }

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    @Test
    void textIsShownBeforeTheAnalysisAndTheSidebarFillsInAfter(FxRobot robot) throws Exception {
        robot.interact(model::openSample);
        WaitForAsyncUtils.waitFor(
                ReaderHarness.LOAD_TIMEOUT_SECONDS,
                TimeUnit.SECONDS,
                () -> model.analysisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Analysis text = model.analysisProperty().get();
        assertFalse(text.article().blocks().isEmpty(), "the article's text is there");
        assertTrue(text.entities().isEmpty() && text.quotes().isEmpty(), "nothing found yet");
        assertTrue(model.loadingProperty().get(), "still loading while the analysis runs");
        assertTrue(model.analysingProperty().get());
        assertFalse(ReaderHarness.shownParagraphs(robot).isEmpty(), "paragraphs are on screen before the analysis");
        ListView<?> people = robot.lookup("#people-list").queryAs(ListView.class);
        assertEquals("Analysing…", ((Label) people.getPlaceholder()).getText(), "the sidebar says it is still working");

        robot.interact(() -> window.findBar().open());
        robot.interact(() -> robot.lookup("#find-field").queryTextInputControl().setText("في"));
        WaitForAsyncUtils.waitForFxEvents();
        String countBefore = robot.lookup("#find-count").queryLabeled().getText();
        assertFalse(
                countBefore.isBlank() || countBefore.equals("No matches"), "the search found the word: " + countBefore);

        analysisAllowed.countDown();
        WaitForAsyncUtils.waitFor(
                ReaderHarness.LOAD_TIMEOUT_SECONDS,
                TimeUnit.SECONDS,
                () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Analysis analysed = model.analysisProperty().get();
        assertNotNull(analysed);
        assertSame(text.article(), analysed.article(), "the same article, now with what was found in it");
        assertFalse(analysed.entities().isEmpty(), "the sample names people and places");
        assertFalse(model.analysingProperty().get());
        assertFalse(
                window.entities().listed(org.sahifa.model.EntityType.PERSON).isEmpty()
                        && window.entities()
                                .listed(org.sahifa.model.EntityType.LOCATION)
                                .isEmpty(),
                "the sidebar is filled");
        assertEquals(analysed.quotes(), window.quotes().listed());
        assertEquals("None found", ((Label) people.getPlaceholder()).getText());
        assertEquals(
                countBefore, robot.lookup("#find-count").queryLabeled().getText(), "the search in progress is kept");
    }
}
