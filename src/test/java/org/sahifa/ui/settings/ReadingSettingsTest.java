package org.sahifa.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DigitStyle;
import org.sahifa.text.DisplayText;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.FxThread;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.WindowServices;
import org.sahifa.ui.reader.ArticleView;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.reader.Typography;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reading settings and sidebar tools, driven as a user would, headless. */
@ExtendWith(ApplicationExtension.class)
class ReadingSettingsTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newCachedThreadPool();

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    private ReaderViewModel model;
    private ReaderPreferences prefs;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        AppFonts.load();
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        prefs = new ReaderPreferences(null, Runnable::run);
        window = new MainWindow(model, i18n, prefs, WindowServices.NONE);
        ReaderHarness.showOn(stage, window);
    }

    private Analysis open(FxRobot robot, String fixture) throws Exception {
        String path = Path.of(getClass().getResource("/ui/" + fixture).toURI()).toString();
        robot.interact(() -> model.open(path));
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.analysisProperty().get(), "loaded " + fixture);
        return model.analysisProperty().get();
    }

    private List<ParagraphNode> paragraphs(FxRobot robot) {
        return robot.lookup(".paragraph").queryAllAs(ParagraphNode.class).stream()
                .filter(p -> p.getScene() != null
                        && p.isVisible()
                        && !p.getStyleClass().contains("article-title")
                        && inside(window.article(), p))
                .toList();
    }

    private static boolean inside(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private String drawnText(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        for (ParagraphNode p : paragraphs(robot)) {
            for (int i = 0; i < p.lineCount(); i++) {
                all.append(p.lineText(i)).append('\n');
            }
        }
        return all.toString();
    }

    private double bodyFontSize(FxRobot robot) {
        return paragraphs(robot).stream()
                .filter(p -> p.block().text().startsWith("قَالَ"))
                .findFirst()
                .orElseThrow()
                .drawnTexts()
                .get(0)
                .getFont()
                .getSize();
    }

    @Test
    void ctrlPlusAndMinusChangeTheTextSizeAndCtrlZeroResetsIt(FxRobot robot) throws Exception {
        open(robot, "tashkeel.md");
        double start = bodyFontSize(robot);
        robot.clickOn(window.article());
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start + 2 * ReaderPreferences.SIZE_STEP, bodyFontSize(robot), 0.01);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start + ReaderPreferences.SIZE_STEP, bodyFontSize(robot), 0.01);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Typography.DEFAULT.size(), bodyFontSize(robot), 0.01);
    }

    @Test
    void hidingDiacriticsDrawsBareLettersAndKeepsHighlightsOnTheirWords(FxRobot robot) throws Exception {
        open(robot, "tashkeel.md");
        assertTrue(
                drawnText(robot).chars().anyMatch(c -> DisplayText.isDiacritic((char) c)), "tashkeel shown by default");
        robot.interact(() -> prefs.hideDiacriticsProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        String drawn = drawnText(robot);
        assertFalse(drawn.chars().anyMatch(c -> DisplayText.isDiacritic((char) c)), drawn);
        assertTrue(drawn.contains("الكتابة ذاكرة حية"), drawn);
        ParagraphNode quoted = paragraphs(robot).stream()
                .filter(p -> !p.highlights().isEmpty())
                .findFirst()
                .orElseThrow();
        ParagraphNode.Highlight h = quoted.highlights().get(0);
        var box = quoted.boundsOf(h.start(), h.end());
        var whole = quoted.boundsOf(0, quoted.block().text().length());
        assertTrue(
                box.getWidth() > 0 && box.getWidth() < whole.getWidth(),
                "the quotation's highlight covers part of its line");
    }

    @Test
    void justifiedLinesFillTheColumnLiveAndStopWhenTurnedOff(FxRobot robot) throws Exception {
        open(robot, "scripts-persian-hebrew-emoji.md");
        assertTrue(unfilledLines(robot) > 0, "ragged lines before justifying");
        robot.interact(() -> prefs.justifiedProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, unfilledLines(robot), "every line but a paragraph's last spans the column");
        robot.interact(() -> prefs.justifiedProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(unfilledLines(robot) > 0, "ragged again");
    }

    /** Lines, other than the last of their paragraph, that end more than a pixel short of the column's width. */
    private long unfilledLines(FxRobot robot) {
        long unfilled = 0;
        for (ParagraphNode p : paragraphs(robot)) {
            for (int i = 0; i < p.lineCount() - 1; i++) {
                if (p.lineBounds(i).getWidth() < p.columnWidth() - 1) {
                    unfilled++;
                }
            }
        }
        return unfilled;
    }

    @Test
    void digitsCanBeShownInArabicIndicForm(FxRobot robot) throws Exception {
        open(robot, "tashkeel.md");
        assertTrue(drawnText(robot).contains("2024"));
        robot.interact(() -> prefs.digitsProperty().set(DigitStyle.ARABIC_INDIC));
        WaitForAsyncUtils.waitForFxEvents();
        String drawn = drawnText(robot);
        assertTrue(drawn.contains("٢٠٢٤") && !drawn.contains("2024"), drawn);
    }

    @Test
    void theDirectionCanBeForcedForTheArticle(FxRobot robot) throws Exception {
        open(robot, "tashkeel.md");
        assertTrue(paragraphs(robot).stream()
                .allMatch(p -> p.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT));
        robot.interact(() -> window.setForcedDirection(TextDirection.LTR));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(paragraphs(robot).stream()
                .allMatch(p -> p.getEffectiveNodeOrientation() == NodeOrientation.LEFT_TO_RIGHT));
        open(robot, "mixed-article.html");
        assertTrue(
                paragraphs(robot).stream()
                        .anyMatch(p -> p.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT),
                "a new article starts with each paragraph in its own direction again");
    }

    @Test
    void themesRestyleTheWholeWindow(FxRobot robot) throws Exception {
        open(robot, "tashkeel.md");
        robot.interact(() -> prefs.themeProperty().set(Theme.DARK));
        assertTrue(window.getStyleClass().contains("theme-dark"));
        Text line = paragraphs(robot).get(0).drawnTexts().get(0);
        assertTrue(((javafx.scene.paint.Color) line.getFill()).getBrightness() > 0.6, "light text on the dark theme");
        robot.interact(() -> prefs.themeProperty().set(Theme.SEPIA));
        assertTrue(window.getStyleClass().contains("theme-sepia")
                && !window.getStyleClass().contains("theme-dark"));
    }

    @Test
    void theFilterNarrowsTheSidebarAndMentionsCanBeSteppedThroughAndCopied(FxRobot robot) throws Exception {
        robot.interact(() -> model.openSample());
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !model.loadingProperty().get() && model.analysisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Analysis analysis = model.analysisProperty().get();
        Entity tunis = analysis.entities().stream()
                .filter(e -> e.type() == EntityType.LOCATION && e.mentions().size() >= 2)
                .findFirst()
                .orElseThrow(() -> new AssertionError("a place named twice: " + analysis.entities()));
        ListView<?> places = robot.lookup("#places-list").queryAs(ListView.class);
        assertTrue(places.getItems().size() >= 2, "several places: " + places.getItems());
        robot.clickOn("#entity-filter");
        robot.interact(() -> window.entities().setFilter(tunis.name()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(tunis), List.copyOf(places.getItems()));

        robot.clickOn(robot.from(places)
                .lookup(".list-cell")
                .match(n -> ((javafx.scene.control.ListCell<?>) n).getItem() == tunis)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Label position = robot.lookup("#mention-position").queryAs(Label.class);
        assertTrue(position.getText().contains("1 of " + tunis.mentions().size()), position.getText());
        robot.clickOn("#mention-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(position.getText().contains("2 of " + tunis.mentions().size()), position.getText());
        var second = tunis.mentions().get(1);
        ParagraphNode focused = paragraphs(robot).stream()
                .filter(p -> p.highlights().stream()
                        .anyMatch(
                                h -> h.styleClass().equals(ArticleView.FOCUS_HIGHLIGHT) && h.start() == second.start()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the second mention is marked"));
        assertEquals(second.block(), analysis.article().blocks().indexOf(focused.block()));

        robot.clickOn("#mention-copy");
        assertEquals(tunis.name(), clipboardText());
    }

    private static String clipboardText() throws Exception {
        return FxThread.call(() -> Clipboard.getSystemClipboard().getString());
    }
}
