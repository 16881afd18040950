package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.model.Analysis;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.TextDirection;
import org.sahifa.ui.reader.ArticleView;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reader window, headless: opening articles, the view's blocks and directions, the sidebar, failures. */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    private ReaderViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        window = ReaderHarness.show(stage, model, i18n);
    }

    private Analysis openAndWait(FxRobot robot, Runnable open) throws Exception {
        return ReaderHarness.loadAndWait(robot, model, open);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ReaderWindowTest.class.getResource("/ui/" + name).toURI());
    }

    @Test
    void theSampleOpensRightToLeftWithItsPlacesAndQuotations(FxRobot robot) throws Exception {
        Analysis analysis = openAndWait(robot, () -> model.openSample());
        assertNotNull(analysis, "the sample loaded");
        assertEquals(TextDirection.RTL, analysis.article().dir());
        assertTrue(
                analysis.article().title().startsWith("تونس تحتضن"),
                analysis.article().title());

        List<ParagraphNode> paragraphs = ReaderHarness.shownParagraphs(robot);
        assertFalse(paragraphs.isEmpty(), "paragraphs are on screen");
        ParagraphNode first = paragraphs.stream()
                .filter(p -> p.block().text().startsWith("افتتحت"))
                .findFirst()
                .orElseThrow();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, first.getEffectiveNodeOrientation());

        Block english = analysis.article().blocks().stream()
                .filter(b -> b.text().startsWith("“The festival"))
                .findFirst()
                .orElseThrow();
        assertEquals(TextDirection.LTR, english.dir(), "an English paragraph keeps its own direction");

        assertTrue(
                window.entities().listed(EntityType.LOCATION).stream()
                        .anyMatch(e -> e.name().equals("تونس")),
                "Tunis is listed among the places: " + window.entities().listed(EntityType.LOCATION));
        assertEquals(analysis.quotes(), window.quotes().listed());
        assertTrue(
                window.quotes().listed().stream().anyMatch(q -> q.text().startsWith("جئنا لنتعلم")),
                "the «…» quotation is listed");
    }

    @Test
    void anHtmlArticleShowsItsBlocksWithTheirOwnDirections(FxRobot robot) throws Exception {
        String path = fixture("mixed-article.html").toString();
        Analysis analysis = openAndWait(robot, () -> model.open(path));
        assertNotNull(analysis);
        assertEquals("مكتبة الإسكندرية تفتح أبوابها ليلا", analysis.article().title());
        List<ParagraphNode> paragraphs = ReaderHarness.shownParagraphs(robot);
        ParagraphNode english = paragraphs.stream()
                .filter(p -> p.block().text().startsWith("The library"))
                .findFirst()
                .orElseThrow();
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, english.getEffectiveNodeOrientation());
        ParagraphNode arabic = paragraphs.stream()
                .filter(p -> p.block().text().startsWith("أعلنت"))
                .findFirst()
                .orElseThrow();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, arabic.getEffectiveNodeOrientation());
        assertTrue(
                paragraphs.stream().noneMatch(p -> p.block().text().contains("حقوق النشر")),
                "the footer is not part of the article");
        // The header mixes an Arabic byline with an English reading time: each part keeps its own direction.
        javafx.scene.control.Label minutes =
                robot.lookup(".article-meta").queryAllAs(javafx.scene.control.Label.class).stream()
                        .filter(l -> l.getText().endsWith("min read"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, minutes.getEffectiveNodeOrientation());
        javafx.scene.control.Label byline =
                robot.lookup(".article-meta").queryAllAs(javafx.scene.control.Label.class).stream()
                        .filter(l -> l.getText().equals("يوسف منصور"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, byline.getEffectiveNodeOrientation());
    }

    @Test
    void aFailedLoadShowsABannerAndKeepsTheArticle(FxRobot robot) throws Exception {
        Analysis before = openAndWait(robot, () -> model.openSample());
        Analysis after = openAndWait(robot, () -> model.open("/no/such/article.html"));
        assertSame(before, after, "the article already open stays");
        String banner = window.bannerMessage();
        assertNotNull(banner, "a banner tells what went wrong");
        assertTrue(banner.contains("/no/such/article.html"), banner);
        assertFalse(ReaderHarness.shownParagraphs(robot).isEmpty(), "the article is still on screen");
    }

    @Test
    void aPageThatIsNotAnArticleSaysSoAndCanBeShownWhole(FxRobot robot) throws Exception {
        String listing = Path.of(ReaderWindowTest.class
                        .getResource("/extract/listing-home.html")
                        .toURI())
                .toString();
        Analysis extracted = openAndWait(robot, () -> model.open(listing));
        assertFalse(extracted.article().readerable());
        assertEquals(new I18n(Locale.ENGLISH).get("banner.not.article"), window.bannerMessage());
        Analysis whole = openAndWait(
                robot, () -> robot.lookup("#banner-action").queryButton().fire());
        assertTrue(whole.article().wordCount() >= extracted.article().wordCount(), "all the page's text is shown");
        assertNull(window.bannerMessage());
    }

    @Test
    void clickingAPlaceHighlightsItsMentionsInTheText(FxRobot robot) throws Exception {
        openAndWait(robot, () -> model.openSample());
        Entity tunis = window.entities().listed(EntityType.LOCATION).stream()
                .filter(e -> e.name().equals("تونس"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        ListView<Entity> places = robot.lookup("#places-list").queryAs(ListView.class);
        // The places list may sit below the fold of the sidebar: select as a click on its row would.
        robot.interact(() -> places.getSelectionModel().select(tunis));
        WaitForAsyncUtils.waitForFxEvents();
        long marked = ReaderHarness.shownParagraphs(robot).stream()
                .flatMap(p -> p.highlights().stream())
                .filter(h -> h.styleClass().equals(ArticleView.ENTITY_HIGHLIGHT))
                .count();
        assertTrue(marked >= 1, "mentions of Tunis are highlighted on screen");
        ParagraphNode focused = ReaderHarness.shownParagraphs(robot).stream()
                .filter(p ->
                        p.highlights().stream().anyMatch(h -> h.styleClass().equals(ArticleView.FOCUS_HIGHLIGHT)))
                .findFirst()
                .orElseThrow();
        var first = tunis.mentions().get(0);
        assertEquals(
                first.block(),
                model.analysisProperty().get().article().blocks().indexOf(focused.block()),
                "the first mention's paragraph is marked");
        assertNull(window.bannerMessage());
    }

    @Test
    void clickingAQuotationScrollsToIt(FxRobot robot) throws Exception {
        Analysis analysis = openAndWait(robot, () -> model.openSample());
        var last = analysis.quotes().get(analysis.quotes().size() - 1);
        ListView<?> quotes = robot.lookup("#quotes-list").queryAs(ListView.class);
        robot.interact(() -> quotes.scrollTo(quotes.getItems().size() - 1));
        robot.clickOn(robot.from(quotes)
                .lookup(".list-cell")
                .match(n -> ((javafx.scene.control.ListCell<?>) n).getItem() == last)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Block target = analysis.article().blocks().get(last.block());
        ParagraphNode shown = ReaderHarness.shownParagraphs(robot).stream()
                .filter(p -> p.block() == target)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the quotation's paragraph is not on screen"));
        assertTrue(shown.localToScene(shown.getBoundsInLocal()).getMinY() < 760, "the paragraph is within the window");
        assertTrue(shown.highlights().stream()
                .anyMatch(h -> h.styleClass().equals(ArticleView.FOCUS_HIGHLIGHT) && h.start() == last.start()));
    }
}
