package org.sahifa.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.load.LocalHttpServer;
import org.sahifa.load.TestImages;
import org.sahifa.model.Analysis;
import org.sahifa.model.BlockType;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.WindowServices;
import org.sahifa.ui.settings.ReaderPreferences;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "show images" option in the window: off, nothing but the page is requested; on, the lead image is fetched
 * once and drawn above the first paragraph at its own size (or the column's, if wider), with its caption; off
 * again, it goes; a failed image leaves the article as it was.
 */
@ExtendWith(ApplicationExtension.class)
class LeadImageTest {
    private static final String CAPTION = "السوق الجديد بعد الترميم";
    private static final long IMAGE_TIMEOUT_SECONDS = 20;

    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newCachedThreadPool();

    private LocalHttpServer server;
    private ReaderViewModel model;
    private ReaderPreferences prefs;
    private MainWindow window;

    private static String page(String imagePath) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>سوق الخضار الجديد يفتح أبوابه</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"سوق الخضار الجديد يفتح أبوابه\","
                + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"" + imagePath + "\",\"caption\":\"" + CAPTION
                + "\"}}</script>"
                + "</head><body><article><h1>سوق الخضار الجديد يفتح أبوابه</h1>"
                + "<p>افتتحت البلدية صباح اليوم سوق الخضار الجديد في وسط المدينة بعد أعمال ترميم استمرت عامين.</p>"
                + "<p>وقال رئيس البلدية إن السوق يضم مئة وعشرين محلا، وإن الأولوية في تأجيرها أعطيت للتجار الذين عملوا"
                + " في السوق القديم قبل إغلاقه، مضيفا أن الأسعار ستبقى كما كانت في السنوات الماضية.</p>"
                + "<p>وأعرب عدد من التجار عن ارتياحهم لعودة العمل، فيما طالب آخرون بتوفير مواقف للسيارات قرب المدخل"
                + " الرئيسي وتحسين الإنارة في الممرات الداخلية للسوق قبل حلول فصل الشتاء.</p>"
                + "<p>وفي نهاية الجولة وعد رئيس البلدية بدراسة مطالب التجار خلال الأسابيع المقبلة، على أن تعلن النتائج"
                + " في اجتماع مفتوح مع السكان في مبنى البلدية.</p>"
                + "</article></body></html>";
    }

    @Start
    void start(Stage stage) throws Exception {
        server = new LocalHttpServer();
        server.on("/article", LocalHttpServer.respond(200, "text/html; charset=utf-8", page("/lead.png")));
        server.on("/wide-article", LocalHttpServer.respond(200, "text/html; charset=utf-8", page("/wide.png")));
        server.on("/broken-article", LocalHttpServer.respond(200, "text/html; charset=utf-8", page("/missing.png")));
        server.on("/lead.png", LocalHttpServer.respond(200, "image/png", TestImages.png(300, 200)));
        server.on("/wide.png", LocalHttpServer.respond(200, "image/png", TestImages.png(2000, 500)));
        server.on("/missing.png", LocalHttpServer.respond(404, "text/plain", "no such image"));

        AppFonts.load();
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        prefs = new ReaderPreferences(null, Runnable::run);
        window = new MainWindow(model, i18n, prefs, WindowServices.NONE);
        ReaderHarness.showOn(stage, window);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @AfterAll
    static void resetTheme() throws Exception {
        background.shutdownNow();
        // Theme.apply installs the theme application-wide; later test classes start from JavaFX's own.
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(null))
                .get();
    }

    private Analysis open(FxRobot robot, String path) throws Exception {
        return ReaderHarness.loadAndWait(robot, model, () -> model.open(server.url(path)));
    }

    private LeadImageView waitForLeadImage() throws Exception {
        WaitForAsyncUtils.waitFor(
                IMAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> window.article().leadImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.article().leadImage();
    }

    /** The lead image view as laid out in the window, or null when none is on screen. */
    private static LeadImageView shownLeadImage(FxRobot robot) {
        return robot.lookup("." + LeadImageView.STYLE_CLASS).queryAllAs(LeadImageView.class).stream()
                .filter(v -> v.getScene() != null && v.isVisible())
                .findFirst()
                .orElse(null);
    }

    @Test
    void withImagesOnTheImageIsDrawnAtItsSizeAboveTheFirstParagraphWithItsCaption(FxRobot robot) throws Exception {
        robot.interact(() -> prefs.showImagesProperty().set(true));
        Analysis analysis = open(robot, "/article");
        assertNotNull(analysis);
        waitForLeadImage();
        LeadImageView shown = shownLeadImage(robot);
        assertNotNull(shown, "the image is in the window");
        ImageView view = shown.imageView();
        assertEquals(300, view.getImage().getWidth());
        assertEquals(200, view.getImage().getHeight());
        Bounds drawn = view.getBoundsInParent();
        assertEquals(300, drawn.getWidth(), 0.5, "narrower than the column: drawn at its own size");
        assertEquals(200, drawn.getHeight(), 0.5);
        assertEquals(List.of("/article", "/lead.png"), server.requests(), "one extra request, for the image");

        List<ParagraphNode> captions = robot.from(shown).lookup(".paragraph").queryAllAs(ParagraphNode.class).stream()
                .toList();
        assertEquals(1, captions.size());
        assertEquals(CAPTION, captions.get(0).block().text());
        assertEquals(BlockType.CAPTION, captions.get(0).block().type());

        ParagraphNode firstParagraph = ReaderHarness.shownParagraphs(robot).stream()
                .filter(p -> p.block() == analysis.article().blocks().get(0))
                .findFirst()
                .orElseThrow();
        assertTrue(
                view.localToScene(view.getBoundsInLocal()).getMaxY()
                        <= firstParagraph.localToScene(0, 0).getY(),
                "the image is above the first paragraph");
    }

    @Test
    void aWiderImageIsScaledDownToTheColumn(FxRobot robot) throws Exception {
        robot.interact(() -> prefs.showImagesProperty().set(true));
        open(robot, "/wide-article");
        waitForLeadImage();
        ImageView view = shownLeadImage(robot).imageView();
        double column = window.article().columnWidth();
        assertTrue(column < 2000);
        assertEquals(column, view.getBoundsInParent().getWidth(), 0.5);
        assertEquals(500 * column / 2000, view.getBoundsInParent().getHeight(), 0.5, "the ratio is kept");
    }

    @Test
    void withImagesOffNothingIsRequestedAndTurningThemOnAndOffAddsAndRemovesTheImage(FxRobot robot) throws Exception {
        Analysis analysis = open(robot, "/article");
        assertNotNull(analysis);
        assertNotNull(analysis.article().leadImage(), "the page names an image");
        Thread.sleep(300); // time enough for a stray fetch to arrive
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("/article"), server.requests(), "images off: only the page");
        assertNull(shownLeadImage(robot));

        robot.interact(() -> prefs.showImagesProperty().set(true));
        waitForLeadImage();
        assertNotNull(shownLeadImage(robot), "turned on for the open article: fetched then");
        assertEquals(List.of("/article", "/lead.png"), server.requests());

        robot.interact(() -> prefs.showImagesProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.article().leadImage());
        assertNull(shownLeadImage(robot), "turned off: removed");
        assertEquals(2, server.requests().size(), "nothing more fetched");
    }

    @Test
    void aMissingImageLeavesTheArticleWithANote(FxRobot robot) throws Exception {
        robot.interact(() -> prefs.showImagesProperty().set(true));
        Analysis analysis = open(robot, "/broken-article");
        LeadImageView note = waitForLeadImage();
        assertNull(note.imageView(), "no image drawn");
        assertTrue(note.getStyleClass().contains(LeadImageView.NOTE_STYLE_CLASS));
        assertNotNull(analysis);
        assertTrue(analysis.article().readerable());
        assertNull(window.bannerMessage(), "no error banner for an image");
        assertFalse(
                ReaderHarness.shownParagraphs(robot).stream()
                        .noneMatch(p -> p.block() == analysis.article().blocks().get(0)),
                "the article is still shown");
    }

    @Test
    void theToggleIsInTheReadingSettings(FxRobot robot) {
        robot.clickOn("#typography-button");
        robot.clickOn("#images-check");
        assertTrue(prefs.showImagesProperty().get());
        robot.clickOn("#images-check");
        assertFalse(prefs.showImagesProperty().get());
    }
}
