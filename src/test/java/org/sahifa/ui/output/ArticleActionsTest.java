package org.sahifa.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.export.ExportFormat;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.ui.FxThread;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save as and print from the window, headless: files written off the FX thread, failures in the banner, pages of the sample. */
@ExtendWith(ApplicationExtension.class)
class ArticleActionsTest {
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
    private I18n i18n;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        window = ReaderHarness.show(stage, model, i18n);
    }

    private Analysis openSample(FxRobot robot) throws Exception {
        return ReaderHarness.loadAndWait(robot, model, model::openSample);
    }

    private void await(Task<Void> task) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savingWritesTheChosenFormat(FxRobot robot, @TempDir Path dir) throws Exception {
        Article article = openSample(robot).article();
        File file = dir.resolve("sample.md").toFile();
        Task<Void>[] task = new Task[1];
        robot.interact(() -> task[0] = window.saveAction().save(article, file, ExportFormat.MARKDOWN));
        await(task[0]);
        String written = Files.readString(file.toPath(), StandardCharsets.UTF_8);
        assertTrue(written.startsWith("# " + article.title()), written.substring(0, 80));
        assertEquals(
                i18n.get("save.done", "sample.md", dir.toFile().getPath()),
                window.bannerMessage(),
                "a notice says where it went");
    }

    @Test
    void aFailedSaveIsReportedInTheBanner(FxRobot robot, @TempDir Path dir) throws Exception {
        Article article = openSample(robot).article();
        File file = dir.resolve("no-such-folder/sample.html").toFile();
        Task<Void>[] task = new Task[1];
        robot.interact(() -> task[0] = window.saveAction().save(article, file, ExportFormat.HTML));
        await(task[0]);
        String banner = window.bannerMessage();
        assertNotNull(banner, "the failure is shown");
        assertEquals(i18n.get("save.failed", "sample.html", i18n.get("save.reason.no.folder")), banner);
        assertFalse(ReaderHarness.shownParagraphs(robot).isEmpty(), "the article stays on screen");
    }

    @Test
    void theFileNameGetsTheFormatsExtension() {
        assertEquals(
                "a.md",
                SaveAction.withFormat(new File("/tmp/a"), ExportFormat.MARKDOWN).getName());
        assertEquals(
                "a.txt",
                SaveAction.withFormat(new File("/tmp/a.txt"), ExportFormat.HTML).getName(),
                "a typed extension wins");
        Article titled = new Article(
                "x",
                "عنوان: \"جديد\"/قديم",
                null,
                null,
                null,
                "ar",
                org.sahifa.model.TextDirection.RTL,
                List.of(),
                true);
        assertEquals("عنوان جديد قديم", SaveAction.suggestedName(titled));
    }

    @Test
    void printingWithoutAPrinterSaysSo(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(
                Printer.getDefaultPrinter() == null, "this machine has a printer; the dialog would open");
        openSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(i18n.get("print.no.printer"), window.bannerMessage());
    }

    @Test
    void theSamplesPagesHoldEveryLineOnceWithinThePrintableArea(FxRobot robot) throws Exception {
        Article article = openSample(robot).article();
        double width = 451; // A4 with 72-point margins, in points
        double height = 697;
        PrintPages pages = FxThread.call(() -> new PrintPages(article, width, height));
        PagePlanTest.assertSound(pages.items(), pages.plan(), height);
        List<Integer> blocks = new ArrayList<>();
        for (List<PagePlan.Piece> page : pages.plan()) {
            for (PagePlan.Piece piece : page) {
                int block = pages.blockOf(piece.item());
                if (block != PrintPages.NOT_A_BLOCK && (blocks.isEmpty() || blocks.get(blocks.size() - 1) != block)) {
                    blocks.add(block);
                }
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int b = 0; b < article.blocks().size(); b++) {
            expected.add(b);
        }
        assertEquals(expected, blocks, "every block once, in order");

        // Small pages force splits; the drawn pages keep to the printable size.
        PrintPages small = FxThread.call(() -> new PrintPages(article, 300, 200));
        PagePlanTest.assertSound(small.items(), small.plan(), 200);
        assertTrue(small.pageCount() > pages.pageCount());
        for (int i = 0; i < small.pageCount(); i++) {
            int page = i;
            Node node = FxThread.call(() -> small.page(page));
            assertTrue(
                    node.getLayoutBounds().getHeight() <= 200 + 0.5,
                    "page " + i + " is " + node.getLayoutBounds().getHeight());
            for (Node slice : ((javafx.scene.layout.Pane) node).getChildren()) {
                assertTrue(slice.getBoundsInParent().getMaxY() <= 200 + 0.5, "a clipped slice ends within the page");
            }
        }
    }
}
