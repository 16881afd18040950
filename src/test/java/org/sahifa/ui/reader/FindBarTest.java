package org.sahifa.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.model.Analysis;
import org.sahifa.model.Mention;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.settings.Theme;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find in article, headless: Ctrl+F, typing, the count, next/previous, highlights on screen, Escape; in both UI languages. */
@ExtendWith(ApplicationExtension.class)
class FindBarTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    private Stage stage;
    private ReaderViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppFonts.load();
        showWindow(Locale.ENGLISH);
        stage.show();
    }

    private void showWindow(Locale locale) {
        I18n i18n = new I18n(locale);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        window = new MainWindow(model, i18n);
        Scene scene = new Scene(window, 1100, 760);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
    }

    private Analysis openSample(FxRobot robot) throws Exception {
        return ReaderHarness.loadAndWait(robot, model, model::openSample);
    }

    private long shownHighlights(FxRobot robot, String styleClass) {
        return ReaderHarness.shownParagraphs(robot).stream()
                .flatMap(p -> p.highlights().stream())
                .filter(h -> h.styleClass().equals(styleClass))
                .count();
    }

    /** The paragraph on screen holding the current match, with a drawn (non-empty) highlight shape. */
    private int blockOfDrawnCurrentMatch(FxRobot robot, Analysis analysis) {
        for (ParagraphNode p : ReaderHarness.shownParagraphs(robot)) {
            List<ParagraphNode.Highlight> hs = p.highlights();
            for (int i = 0; i < hs.size(); i++) {
                if (hs.get(i).styleClass().equals(ArticleView.FIND_CURRENT_HIGHLIGHT)
                        && !p.highlightPaths().get(i).getElements().isEmpty()) {
                    return analysis.article().blocks().indexOf(p.block());
                }
            }
        }
        return -1;
    }

    private void findTunis(FxRobot robot, Analysis analysis) {
        FindBar bar = window.findBar();
        assertFalse(bar.isShowing(), "the bar is closed at first");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.isShowing(), "Ctrl+F opens the bar");
        assertTrue(bar.field().isFocused(), "the query field has the focus");

        robot.write("تونس");
        WaitForAsyncUtils.waitForFxEvents();
        List<Mention> matches = bar.matches();
        long expected = analysis.article().blocks().stream()
                .mapToLong(b -> b.text().split("تونس", -1).length - 1)
                .sum();
        assertTrue(expected >= 2, "the sample names Tunis more than once");
        assertEquals(expected, matches.size(), "every occurrence is found");
        assertTrue(
                bar.countText().endsWith(String.valueOf(matches.size()))
                        || bar.countText().contains(localised(matches.size())),
                "the count shows the total: " + bar.countText());
        assertTrue(shownHighlights(robot, ArticleView.FIND_HIGHLIGHT) >= 1, "matches are highlighted on screen");
        assertEquals(
                matches.get(bar.currentIndex()).block(),
                blockOfDrawnCurrentMatch(robot, analysis),
                "the current match is drawn");

        int before = bar.currentIndex();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals((before + 1) % matches.size(), bar.currentIndex(), "Enter goes to the next match");
        assertEquals(
                matches.get(bar.currentIndex()).block(),
                blockOfDrawnCurrentMatch(robot, analysis),
                "the next match is drawn as current");
        assertNotEquals(bar.countText(), "", "the count stays");

        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, bar.currentIndex(), "Shift+Enter goes back");

        robot.clickOn("#find-next");
        robot.clickOn("#find-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals((before + 2) % matches.size(), bar.currentIndex(), "the next button moves on too");
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals((before + 3) % matches.size(), bar.currentIndex(), "F3 moves on");

        robot.clickOn("#find-field").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isShowing(), "Escape closes the bar");
        assertEquals(0, shownHighlights(robot, ArticleView.FIND_HIGHLIGHT), "closing clears the marks");
    }

    private static String localised(int n) {
        return java.text.NumberFormat.getInstance(Locale.forLanguageTag("ar")).format(n);
    }

    @Test
    void findsEveryMentionAndStepsThroughThem(FxRobot robot) throws Exception {
        findTunis(robot, openSample(robot));
    }

    @Test
    void findWorksInTheMirroredArabicWindow(FxRobot robot) throws Exception {
        robot.interact(() -> showWindow(Locale.forLanguageTag("ar")));
        Analysis analysis = openSample(robot);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, window.findBar().getEffectiveNodeOrientation());
        // The article list itself is not mirrored (drawing a mirrored list is slow); its Arabic paragraphs are.
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, window.article().getEffectiveNodeOrientation());
        assertTrue(ReaderHarness.shownParagraphs(robot).stream()
                .anyMatch(p -> p.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT));
        // Nor are the sidebar's lists; their rows and the section titles are (see Mirroring).
        ListView<?> people = robot.lookup("#people-list").queryAs(ListView.class);
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, people.getEffectiveNodeOrientation());
        Set<Node> rows = people.lookupAll(".list-cell");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(row -> row.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT));
        Set<Node> titles = robot.lookup(".sidebar-section-title").queryAll();
        assertTrue(titles.size() >= 4, "three entity sections and the quotations: " + titles.size());
        assertTrue(titles.stream().allMatch(t -> t.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT));
        findTunis(robot, analysis);
    }

    @Test
    void aQueryWithoutDiacriticsOrHamzaFindsTheWrittenForms(FxRobot robot) throws Exception {
        Analysis analysis = openSample(robot);
        robot.interact(() -> window.findBar().open());
        robot.write("الى");
        WaitForAsyncUtils.waitForFxEvents();
        List<Mention> matches = window.findBar().matches();
        assertFalse(matches.isEmpty(), "the sample has إلى/على-like words");
        assertTrue(matches.stream().anyMatch(m -> m.text().startsWith("إل")), "إلى is found by الى: " + matches);
        for (Mention m : matches) {
            assertEquals(analysis.article().blocks().get(m.block()).text().substring(m.start(), m.end()), m.text());
        }
        robot.write("zzzz");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.findBar().matches().isEmpty());
        assertEquals(new I18n(Locale.ENGLISH).get("find.none"), window.findBar().countText());
    }
}
