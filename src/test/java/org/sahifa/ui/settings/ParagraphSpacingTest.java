package org.sahifa.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.model.BlockType;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.WindowServices;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.reader.Typography;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15 §5: paragraphs stand apart by a space of their own, which the reader can set and which is saved. */
@ExtendWith(ApplicationExtension.class)
class ParagraphSpacingTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    private final ReaderPreferences prefs = new ReaderPreferences(null, Runnable::run);
    private ReaderViewModel model;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        AppFonts.load();
        ReaderHarness.showOn(stage, new MainWindow(model, i18n, prefs, WindowServices.NONE));
        stage.sizeToScene();
    }

    /** The space from one paragraph's last line to the next paragraph's first, between the first two paragraphs on screen. */
    private static double gapBetweenParagraphs(FxRobot robot) {
        List<ParagraphNode> shown = ReaderHarness.shownParagraphs(robot).stream()
                .filter(p -> p.block().type() == BlockType.PARAGRAPH)
                .sorted(Comparator.comparingDouble(
                        p -> p.localToScene(p.getBoundsInLocal()).getMinY()))
                .toList();
        Bounds first = shown.get(0).localToScene(shown.get(0).getLayoutBounds());
        Bounds second = shown.get(1).localToScene(shown.get(1).getLayoutBounds());
        return second.getMinY() - first.getMaxY();
    }

    @Test
    void paragraphsAreFartherApartThanLinesAndFollowTheSetting(FxRobot robot) throws Exception {
        String path = Path.of(ParagraphSpacingTest.class
                        .getResource("/ui/english-blockquote.html")
                        .toURI())
                .toString();
        ReaderHarness.loadAndWait(robot, model, () -> model.open(path));
        Typography type = prefs.typography();
        double lineGap = type.lineGap(type.size());
        double gap = gapBetweenParagraphs(robot);
        // The default: a line's gap plus one em (was 16 px in all, less than a line's gap plus half an em).
        assertEquals(lineGap + ReaderPreferences.DEFAULT_PARAGRAPH_SPACING * type.size(), gap, 1.0);
        assertTrue(
                gap >= lineGap + type.size() * 0.9, "paragraphs stand apart: " + gap + " px, lines " + lineGap + " px");

        robot.interact(() -> prefs.paragraphSpacingProperty().set(2.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lineGap + 2.0 * type.size(), gapBetweenParagraphs(robot), 1.0, "the setting moves them apart");
        assertEquals("2.0", prefs.toSettings().get("reading.paragraphSpacing", ""), "and is saved with the others");
    }
}
