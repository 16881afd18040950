package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Bidi;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.model.Analysis;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Quote;
import org.sahifa.ui.reader.ArticleView;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.sidebar.QuoteUnit;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15 §4–§5, the labels and chrome around the article: the mention counter's order, one digit rule, the
 * mirrored arrow, the address field and title bar after opening, the placeholder's ellipsis, the sidebar's toggle in a
 * narrow window, highlights let go when a quotation is chosen, quotation marks by script, blockquotes in the column.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderLabelsTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    private Stage stage;
    private ReaderViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(String language, int width, int height) throws Exception {
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        window = FxThread.call(() -> ReaderHarness.show(stage, model, i18n, width, height));
    }

    private Analysis open(FxRobot robot, String fixture) throws Exception {
        String path = Path.of(
                        ReaderLabelsTest.class.getResource("/ui/" + fixture).toURI())
                .toString();
        Analysis analysis = ReaderHarness.loadAndWait(robot, model, () -> model.open(path));
        WaitForAsyncUtils.waitFor(
                ReaderHarness.LOAD_TIMEOUT_SECONDS,
                TimeUnit.SECONDS,
                () -> !model.analysingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return model.analysisProperty().get();
    }

    private void choose(FxRobot robot, String listId, Entity entity) {
        @SuppressWarnings("unchecked")
        ListView<Entity> list = robot.lookup(listId).queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(entity));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Entity person(Analysis analysis, String name) {
        return analysis.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found among " + analysis.entities()));
    }

    /**
     * True when, drawn in a paragraph of the interface's direction, every character of {@code name} lies on the
     * reading side before the «1» of the counter (left of it in English), as in «كيم جونغ أون — 1 of 4».
     */
    private static boolean nameBeforeNumber(String label, String name, boolean rightToLeft) {
        Bidi bidi = new Bidi(label, rightToLeft ? Bidi.RTL : Bidi.LTR);
        int start = label.indexOf(name);
        int number = label.indexOf(" — ") + 3;
        int numberAt = bidi.getVisualIndex(number);
        for (int i = start; i < start + name.length(); i++) {
            int at = bidi.getVisualIndex(i);
            if (rightToLeft ? at < numberAt : at > numberAt) {
                return false;
            }
        }
        return true;
    }

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    @Test
    void theEnglishCounterReadsNameThenPosition(FxRobot robot) throws Exception {
        show("en", 1280, 800);
        Analysis analysis = open(robot, "crowded-sidebar.txt");
        Entity sisi = person(analysis, "عبد الفتاح السيسي");
        choose(robot, "#people-list", sisi);
        String counter = window.mentionCounterText();
        assertTrue(counter.endsWith("1 of " + sisi.mentions().size()), counter);
        assertTrue(nameBeforeNumber(counter, sisi.name(), false), "drawn as «name — 1 of n»: " + counter);
        // What the label held before: the same words with no marks come out as «of 2 1 — name».
        assertFalse(nameBeforeNumber(sisi.name() + " — 1 of 2", sisi.name(), false), "the check tells the two apart");
    }

    @Test
    void choosingAQuotationLetsGoOfTheNameChosenBefore(FxRobot robot) throws Exception {
        show("en", 1280, 800);
        Analysis analysis = open(robot, "crowded-sidebar.txt");
        choose(robot, "#people-list", person(analysis, "عبد الفتاح السيسي"));
        assertTrue(entityHighlightsOnScreen(robot) > 0, "the name's mentions are highlighted");
        assertFalse(window.mentionCounterText().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<Quote> quotes = robot.lookup("#quotes-list").queryAs(ListView.class);
        robot.interact(() -> quotes.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, entityHighlightsOnScreen(robot), "no stale highlight of the name");
        assertEquals("", window.mentionCounterText(), "no counter for a name no longer chosen");
        @SuppressWarnings("unchecked")
        ListView<Entity> people = robot.lookup("#people-list").queryAs(ListView.class);
        assertEquals(null, people.getSelectionModel().getSelectedItem(), "the name's row is no longer chosen");
    }

    private static long entityHighlightsOnScreen(FxRobot robot) {
        return ReaderHarness.shownParagraphs(robot).stream()
                .flatMap(p -> p.highlights().stream())
                .filter(h -> h.styleClass().equals(ArticleView.ENTITY_HIGHLIGHT))
                .count();
    }

    @Test
    void theArabicInterfaceDrawsEveryNumberInArabicIndicDigitsAndPointsGoLeft(FxRobot robot) throws Exception {
        show("ar", 1280, 800);
        Analysis analysis = open(robot, "english-blockquote.html");
        assertNotNull(analysis.article().published(), "the fixture has a date");
        List<String> drawn = new java.util.ArrayList<>();
        robot.lookup(".article-meta").queryAllAs(Label.class).forEach(l -> drawn.add(l.getText()));
        robot.lookup(".entity-count").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && !l.getText().isEmpty())
                .forEach(l -> drawn.add(l.getText()));
        Analysis crowded = open(robot, "crowded-sidebar.txt");
        choose(robot, "#people-list", person(crowded, "عبد الفتاح السيسي"));
        drawn.add(window.mentionCounterText());
        robot.lookup(".entity-count").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && !l.getText().isEmpty())
                .forEach(l -> drawn.add(l.getText()));
        assertTrue(drawn.stream().anyMatch(s -> s.matches(".*[\u0660-\u0669].*")), "numbers were drawn: " + drawn);
        assertTrue(
                drawn.stream().noneMatch(s -> s.matches(".*[0-9].*")),
                "no Western digit in the Arabic interface: " + drawn);
        FontIcon arrow = (FontIcon) robot.lookup("#go-button").queryButton().getGraphic();
        assertTrue(
                arrow.getIconLiteral().contains("arrow-left"),
                "the go arrow points the way Arabic reads: " + arrow.getIconLiteral());
    }

    @Test
    void theEnglishInterfaceDrawsWesternDigitsAndPointsGoRight(FxRobot robot) throws Exception {
        show("en", 1280, 800);
        open(robot, "english-blockquote.html");
        String date = robot.lookup(".article-meta").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .filter(t -> t.contains("2024"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the date is shown with its year"));
        assertFalse(date.matches(".*[\u0660-\u0669].*"), date);
        FontIcon arrow = (FontIcon) robot.lookup("#go-button").queryButton().getGraphic();
        assertTrue(arrow.getIconLiteral().contains("arrow-right"), arrow.getIconLiteral());
    }

    @Test
    void afterOpeningTheAddressFieldShowsTheSourceAndTheTitleBarTheArticle(FxRobot robot) throws Exception {
        show("en", 1280, 800);
        Analysis analysis = open(robot, "english-blockquote.html");
        assertEquals(analysis.article().source(), window.urlField().getText());
        String title = window.windowTitleProperty().get();
        assertTrue(title.contains("Harbour towns rebuild their old sea walls") && title.endsWith("Sahifa"), title);
    }

    @Test
    void theAddressPlaceholderEndsInAnEllipsisWhenCutAndFitsItsField(FxRobot robot) throws Exception {
        show("en", 900, 700);
        var field = window.urlField();
        String prompt = field.getPromptText();
        assertTrue(prompt.endsWith(PromptFit.ELLIPSIS), "shortened with an ellipsis at 900 px: " + prompt);
        assertTrue(PromptFit.widthOf(prompt, field.getFont()) <= field.getWidth() - PromptFit.RESERVED, prompt);
        robot.interact(() -> stage.setWidth(1920));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                new I18n(Locale.ENGLISH).get("toolbar.url.prompt"), field.getPromptText(), "whole when there is room");
    }

    @Test
    void aNarrowWindowKeepsTheSidebarBehindAToggle(FxRobot robot) throws Exception {
        show("en", 700, 700);
        open(robot, "crowded-sidebar.txt");
        assertEquals(700, window.getWidth(), 0.5);
        assertFalse(window.isSidebarShown(), "700 px: the article has the window ");
        javafx.scene.control.ToggleButton toggle =
                robot.lookup("#sidebar-toggle").queryAs(javafx.scene.control.ToggleButton.class);
        robot.interact(toggle::fire);
        assertTrue(window.isSidebarShown(), "the toggle brings it back");
        robot.interact(toggle::fire);
        assertFalse(window.isSidebarShown());
        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isSidebarShown(), "wide enough again: the sidebar is back");
        assertTrue(robot.lookup("#sidebar-toggle").tryQuery().isEmpty(), "and the toggle is gone from the toolbar");
    }

    @Test
    void anEnglishBlockquoteEndsWhereTheColumnEnds(FxRobot robot) throws Exception {
        show("en", 1280, 800);
        open(robot, "english-blockquote.html");
        ParagraphNode quote = ReaderHarness.shownParagraphs(robot).stream()
                .filter(p -> p.block().type() == BlockType.BLOCKQUOTE)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the blockquote is on screen"));
        double column = window.article().columnWidth();
        assertTrue(quote.getWidth() <= column + 0.5, "blockquote " + quote.getWidth() + " px in a column of " + column);
    }

    @Test
    void eachQuotationIsMarkedInItsOwnScript(FxRobot robot) throws Exception {
        show("en", 1920, 1080);
        Analysis analysis = open(robot, "crowded-sidebar.txt");
        List<QuoteUnit> units =
                robot.lookup(".quote-unit").queryAllAs(QuoteUnit.class).stream().toList();
        assertFalse(units.isEmpty());
        QuoteUnit english = units.stream()
                .filter(u -> u.markedText().contains("region needs reform"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the English quotation is listed: " + analysis.quotes()));
        assertTrue(english.markedText().startsWith("“") && english.markedText().endsWith("”"), english.markedText());
        QuoteUnit arabic = units.stream()
                .filter(u -> u.markedText().contains("المنطقة تمر"))
                .findFirst()
                .orElseThrow();
        assertTrue(arabic.markedText().startsWith("«") && arabic.markedText().endsWith("»"), arabic.markedText());
        // A unit: the words first, the speaker under them.
        assertTrue(arabic.getChildren().get(1).getBoundsInParent().getMinY()
                >= arabic.getChildren().get(0).getBoundsInParent().getMaxY() - 0.5);
    }
}
