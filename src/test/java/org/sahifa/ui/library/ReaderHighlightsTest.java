package org.sahifa.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Highlight;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.reader.TextSpan;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Highlights in the reader window, headless, with the library in a temporary folder: text selected with the mouse and
 * highlighted with Ctrl+H and a note is stored and drawn, drawn again when the article is shown again, and exported
 * with its note.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderHighlightsTest {
    @TempDir
    Path dir;

    private static final String FIRST = "قال الوزير إن المفاوضات ستستمر في الرياض الأسبوع المقبل بين الطرفين.";
    private static final String SECOND = "وأضاف أن الجولة الثانية تبدأ بعد العيد مباشرة.";
    private static final String NOTE = "check the date";

    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    private final List<String> errors = new ArrayList<>();
    private ReaderViewModel model;
    private MainWindow window;
    private LibraryAccess access;

    /** The data folder the build gives the tests, put back after these. */
    private static final String BUILD_DATA = System.getProperty("sahifa.data");

    @Start
    void start(Stage stage) {
        System.setProperty("sahifa.data", dir.toString());
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        window = ReaderHarness.show(stage, model, i18n);
        access = new LibraryAccess(dir, background, i18n, notice -> {}, errors::add);
    }

    @AfterAll
    static void restoreDataFolder() {
        background.shutdownNow();
        if (BUILD_DATA == null) {
            System.clearProperty("sahifa.data");
        } else {
            System.setProperty("sahifa.data", BUILD_DATA);
        }
    }

    private Analysis article() {
        return new Analysis(
                new Article(
                        dir.resolve("article.html").toString(),
                        "جولة مفاوضات",
                        null,
                        null,
                        "example.org",
                        "ar",
                        TextDirection.RTL,
                        List.of(
                                new Block(BlockType.PARAGRAPH, FIRST, TextDirection.RTL),
                                new Block(BlockType.PARAGRAPH, SECOND, TextDirection.RTL)),
                        true),
                List.of(),
                List.of());
    }

    private long drawnHighlights(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".highlight." + ReaderHighlights.STYLE_CLASS).queryAll().stream()
                .filter(node -> node.getScene() != null)
                .count();
    }

    private List<Highlight> stored() {
        return access.callUnchecked(library -> library.allHighlights());
    }

    @Test
    void aHighlightMadeWithTheMouseIsStoredDrawnRedrawnAndExported(FxRobot robot) throws Exception {
        robot.interact(() -> model.show(article()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, drawnHighlights(robot), "an article not in the library has no highlights");

        // drag across the middle of the first paragraph's first line
        ParagraphNode first = ReaderHarness.shownParagraphs(robot).stream()
                .filter(p -> p.block().text().equals(FIRST))
                .findFirst()
                .orElseThrow();
        Bounds line = first.localToScreen(first.lineBounds(0));
        double y = line.getCenterY();
        robot.drag(new Point2D(line.getMinX() + line.getWidth() * 0.8, y), MouseButton.PRIMARY)
                .dropTo(new Point2D(line.getMinX() + line.getWidth() * 0.3, y));
        TextSpan selected =
                window.library().highlights().selection().selection().orElseThrow();
        assertEquals(0, selected.block());
        assertEquals(0, selected.endBlock());
        assertTrue(selected.end() - selected.start() >= 5, "the drag selected several letters: " + selected);
        assertFalse(robot.lookup(".highlight.selection-highlight").queryAll().isEmpty(), "the selection is drawn");

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".highlight-note").write(NOTE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored().size() == 1);
        Highlight highlight = stored().get(0);
        assertEquals(FIRST.substring(selected.start(), selected.end()), highlight.text());
        assertEquals(NOTE, highlight.note());
        assertEquals(1, access.callUnchecked(library -> library.list()).size(), "the article was saved first");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawnHighlights(robot) == 1);
        assertTrue(errors.isEmpty(), errors.toString());

        // another article, then the same one again: its highlight is drawn again
        robot.interact(() -> model.show(new Analysis(
                new Article(
                        "other",
                        "أخرى",
                        null,
                        null,
                        null,
                        "ar",
                        TextDirection.RTL,
                        List.of(new Block(BlockType.PARAGRAPH, SECOND, TextDirection.RTL)),
                        true),
                List.of(),
                List.of())));
        assertEquals(0, drawnHighlights(robot), "another article shows none");
        robot.interact(() -> model.show(article()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawnHighlights(robot) == 1);

        HighlightExporter exporter =
                new HighlightExporter(access, new I18n(Locale.ENGLISH), () -> article(), notice -> {}, errors::add);
        Path markdown = dir.resolve("highlights.md");
        Path csv = dir.resolve("highlights.csv");
        exporter.export(article(), markdown, false).get(20, TimeUnit.SECONDS);
        exporter.export(article(), csv, true).get(20, TimeUnit.SECONDS);
        String md = Files.readString(markdown, StandardCharsets.UTF_8);
        assertTrue(md.contains("> " + highlight.text()), md);
        assertTrue(md.contains(NOTE), md);
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(table.startsWith("source,title,block"), table);
        assertTrue(table.contains(highlight.text()) && table.contains(NOTE), table);
    }

    @Test
    void theMenuHighlightsAndCancelAddsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> model.show(article()));
        WaitForAsyncUtils.waitForFxEvents();
        ReaderHighlights highlights = window.library().highlights();
        robot.interact(() -> highlights.selection().select(new TextSpan(0, 4, 1, 5)));
        ParagraphNode second = ReaderHarness.shownParagraphs(robot).stream()
                .filter(p -> p.block().text().equals(SECOND))
                .findFirst()
                .orElseThrow();
        chooseHighlightInTheMenu(robot, highlights, second);
        robot.clickOn(".highlight-note").write("dropped").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stored().isEmpty(), "a cancelled note adds no highlight");

        chooseHighlightInTheMenu(robot, highlights, second);
        robot.clickOn(".highlight-note").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored().size() == 1);
        Highlight highlight = stored().get(0);
        assertEquals(FIRST.substring(4) + "\n\n" + SECOND.substring(0, 5), highlight.text(), "across two paragraphs");
        assertEquals(null, highlight.note(), "an empty note is none");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawnHighlights(robot) == 2);
    }

    /** Saves the article with one highlight over the whole first paragraph, then shows it. */
    private Highlight savedWithAHighlight(FxRobot robot, String note) throws Exception {
        Highlight made = access.callUnchecked(library -> {
            long id = library.save(article(), new org.sahifa.library.Original("TEXT", "UTF-8", new byte[] {'x'}));
            return library.addHighlight(id, 0, 0, 0, FIRST.length(), note).orElseThrow();
        });
        robot.interact(() -> model.show(article()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawnHighlights(robot) == 1);
        return made;
    }

    /** Asks for the context menu over the first line of the first paragraph, where the highlight is. */
    private javafx.scene.control.ContextMenu menuOverTheHighlight(FxRobot robot, ReaderHighlights highlights) {
        ParagraphNode first = ReaderHarness.shownParagraphs(robot).stream()
                .filter(p -> p.block().text().equals(FIRST))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            Bounds line = first.localToScene(first.lineBounds(0));
            Bounds onScreen = first.localToScreen(first.lineBounds(0));
            double x = line.getCenterX();
            double y = line.getCenterY();
            first.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    x,
                    y,
                    onScreen.getCenterX(),
                    onScreen.getCenterY(),
                    false,
                    new javafx.scene.input.PickResult(first, x, y)));
        });
        return highlights.menu();
    }

    /** Chooses a menu item whose action waits for a dialog: outside interact(). */
    private static void choose(javafx.scene.control.ContextMenu menu, String text) {
        javafx.scene.control.MenuItem item = menu.getItems().stream()
                .filter(i -> text.equals(i.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + text));
        javafx.application.Platform.runLater(() -> {
            menu.hide();
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDrawnHighlightsNoteIsEditedAndItIsRemovedFromTheReadersMenu(FxRobot robot) throws Exception {
        I18n en = new I18n(Locale.ENGLISH);
        savedWithAHighlight(robot, "old note");
        ReaderHighlights highlights = window.library().highlights();

        choose(menuOverTheHighlight(robot, highlights), en.get("highlight.edit"));
        assertEquals(
                "old note",
                robot.lookup(".highlight-note").queryTextInputControl().getText(),
                "filled in");
        robot.interact(
                () -> robot.lookup(".highlight-note").queryTextInputControl().setText("new note"));
        robot.clickOn(".highlight-note").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> "new note".equals(stored().get(0).note()));
        Path markdown = dir.resolve("after-edit.md");
        new HighlightExporter(access, en, this::article, notice -> {}, errors::add)
                .export(article(), markdown, false)
                .get(20, TimeUnit.SECONDS);
        String md = Files.readString(markdown, StandardCharsets.UTF_8);
        assertTrue(md.contains("new note") && !md.contains("old note"), md);

        // over plain text (the second paragraph) the menu offers no editing
        robot.interact(() -> highlights.selection().clear());
        assertEquals(1, drawnHighlights(robot));
        choose(menuOverTheHighlight(robot, highlights), en.get("highlight.delete"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawnHighlights(robot) == 0);
        assertTrue(
                menuOverTheHighlight(robot, highlights).getItems().stream()
                        .noneMatch(i -> en.get("highlight.edit").equals(i.getText())),
                "no highlight under the point any more: no Edit note");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void ctrlHDoesNothingWhileATextFieldHasTheFocus(FxRobot robot) throws Exception {
        robot.interact(() -> model.show(article()));
        WaitForAsyncUtils.waitForFxEvents();
        ReaderHighlights highlights = window.library().highlights();
        robot.interact(() -> highlights.selection().select(new TextSpan(0, 0, 0, 10)));
        robot.interact(() -> robot.lookup("#url-field").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".highlight-note").tryQuery().isEmpty(), "no note dialog from the address field");

        robot.interact(() -> window.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".highlight-note").tryQuery().isPresent());
        robot.clickOn(".highlight-note").type(KeyCode.ESCAPE);
    }

    /** Asks for the article's context menu over a paragraph and chooses its first item, "Highlight". */
    private static void chooseHighlightInTheMenu(FxRobot robot, ReaderHighlights highlights, ParagraphNode over) {
        robot.interact(() -> {
            Bounds box = over.localToScreen(over.getLayoutBounds());
            over.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    5,
                    5,
                    box.getMinX() + 5,
                    box.getMinY() + 5,
                    false,
                    null));
        });
        javafx.scene.control.MenuItem item = highlights.menu().getItems().get(0);
        assertEquals(new I18n(Locale.ENGLISH).get("highlight.add"), item.getText());
        assertFalse(item.isDisable(), "enabled with a selection");
        // the note dialog waits for its answer, so the item is chosen outside interact()
        javafx.application.Platform.runLater(() -> {
            highlights.menu().hide();
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theHighlightColourDiffersFromTheOtherMarksInEveryTheme(FxRobot robot) {
        List<javafx.scene.shape.Path> marks = new ArrayList<>();
        for (String style :
                List.of(ReaderHighlights.STYLE_CLASS, "quote-highlight", "entity-highlight", "find-highlight")) {
            javafx.scene.shape.Path mark = new javafx.scene.shape.Path();
            mark.getStyleClass().addAll("highlight", style);
            marks.add(mark);
        }
        robot.interact(() -> ((javafx.scene.layout.BorderPane) window)
                .setBottom(new javafx.scene.layout.HBox(marks.toArray(javafx.scene.Node[]::new))));
        for (org.sahifa.ui.settings.Theme theme : org.sahifa.ui.settings.Theme.values()) {
            robot.interact(() -> {
                theme.apply(window.getScene());
                window.applyCss();
            });
            List<javafx.scene.paint.Paint> fills =
                    marks.stream().map(javafx.scene.shape.Path::getFill).toList();
            assertTrue(fills.get(0) instanceof javafx.scene.paint.Color c && c.getOpacity() > 0, theme + ": " + fills);
            assertEquals(fills.size(), new java.util.HashSet<>(fills).size(), theme + ": " + fills);
        }
    }
}
