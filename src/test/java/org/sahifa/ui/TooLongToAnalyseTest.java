package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.analysis.Analyzer;
import org.sahifa.model.Analysis;
import org.sahifa.quote.QuoteFinder;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Issue 18 §2: an article too long to analyse is still shown, with a message in the interface's language. */
@ExtendWith(ApplicationExtension.class)
class TooLongToAnalyseTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newCachedThreadPool();

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    @Test
    void theArticleStaysAndTheMessageSaysWhy(FxRobot robot) throws Exception {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ar")}) {
            I18n i18n = new I18n(language);
            Analyzer small = new Analyzer(SahifaApp.analyzer().recognizer(), new QuoteFinder(), 100);
            ReaderViewModel model = new ReaderViewModel(() -> small, background, i18n);
            Analysis shown = ReaderHarness.loadAndWait(robot, model, model::openSample);
            assertNotNull(shown, "the article is kept");
            assertFalse(shown.article().blocks().isEmpty());
            assertTrue(shown.entities().isEmpty());
            assertEquals(
                    i18n.get("error.TOO_LONG_TO_ANALYSE", 100L),
                    model.errorProperty().get());
        }
        assertTrue(
                new I18n(Locale.ENGLISH).get("error.TOO_LONG_TO_ANALYSE", 100L).contains("too long"));
    }
}
