package org.sahifa.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshot's title check passes the title as the window draws it and fails when the title's pixels are other
 * glyphs than its words in its font (drawn here from another bundled face into the same places).
 */
@ExtendWith(ApplicationExtension.class)
class TitleCheckTest {
    /**
     * One pool for the class: a window of an earlier test may still hand work to its pool (its recent list) while the
     * next test runs, and a pool shut down after each test then refuses it.
     */
    private static final ExecutorService background = Executors.newCachedThreadPool();

    private ReaderViewModel model;
    private Scene scene;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppFonts.load();
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        scene = ReaderHarness.showOn(stage, new MainWindow(model, i18n));
    }

    @AfterAll
    static void stop() {
        background.shutdownNow();
    }

    @Test
    void theTitleAsDrawnPassesAndOtherGlyphsInItsPlaceFail(FxRobot robot) throws Exception {
        String page = Path.of("src/test/resources/ui/mixed-article.html")
                .toAbsolutePath()
                .toString();
        ReaderHarness.loadAndWait(robot, model, () -> model.open(page));
        BufferedImage[] shot = new BufferedImage[1];
        robot.interact(() -> {
            try {
                shot[0] = Screenshot.write(scene, dir.resolve("shot.png"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<TitleCheck.Piece> drawn = TitleCheck.check(scene, shot[0]);
        assertFalse(drawn.isEmpty(), "the title's pieces were found and checked");
        assertTrue(TitleCheck.firstBad(drawn).isEmpty(), "the title as drawn passes: " + drawn);

        BufferedImage scrambled = withTitleInAnotherFace(shot[0]);
        List<TitleCheck.Piece> wrong = TitleCheck.check(scene, scrambled);
        assertEquals(drawn.size(), wrong.size());
        assertTrue(TitleCheck.firstBad(wrong).isPresent(), "other glyphs in the title's place fail: " + wrong);
    }

    /**
     * A right title wrapped over two lines, with Amiri's stacked ligatures («بمشاركة»), at several window widths: it
     * scored 0.62–0.74 when each piece was aligned once, because JavaFX drew one of its words a few pixels narrower
     * than Java2D (docs/rendering.md).
     */
    @Test
    void theBundledSamplesWrappedTitlePassesAtEveryWidth(FxRobot robot) throws Exception {
        String page =
                Path.of("resources/sample/sample-article.html").toAbsolutePath().toString();
        ReaderHarness.loadAndWait(robot, model, () -> model.open(page));
        // TestFX shares one stage between test classes: give the next class the width it was given.
        double widthBefore = stage.getWidth();
        try {
            for (int width : new int[] {1100, 900, 700, 600}) {
                assertTitlePassesAt(robot, width);
            }
        } finally {
            robot.interact(() -> stage.setWidth(widthBefore));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void assertTitlePassesAt(FxRobot robot, int width) {
        robot.interact(() -> stage.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage[] shot = new BufferedImage[1];
        robot.interact(() -> {
            try {
                shot[0] = Screenshot.write(scene, dir.resolve("sample-" + width + ".png"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        List<TitleCheck.Piece> drawn = TitleCheck.check(scene, shot[0]);
        assertFalse(drawn.isEmpty(), "the title's pieces were found at width " + width);
        assertTrue(TitleCheck.firstBad(drawn).isEmpty(), "the title passes at width " + width + ": " + drawn);
    }

    /** A copy of the screenshot with each title piece painted over by its words in Scheherazade Bold. */
    private BufferedImage withTitleInAnotherFace(BufferedImage shot) {
        BufferedImage copy = new BufferedImage(shot.getWidth(), shot.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(shot, 0, 0, null);
        java.awt.Font other = ReferenceText.face(AppFonts.SECOND_FAMILY, true).orElseThrow();
        for (Text text : scene.getRoot().lookupAll("." + TitleCheck.TITLE_CLASS).stream()
                .flatMap(title -> title.lookupAll("Text").stream())
                .map(Text.class::cast)
                .filter(t -> !t.getText().isBlank())
                .toList()) {
            Bounds b = text.localToScene(text.getBoundsInLocal());
            g.setColor(new Color(shot.getRGB((int) b.getMinX() - 2, (int) b.getMinY() - 2)));
            g.fillRect((int) b.getMinX(), (int) b.getMinY(), (int) Math.ceil(b.getWidth()), (int)
                    Math.ceil(b.getHeight()));
            BufferedImage glyphs =
                    ReferenceText.draw(text.getText(), other, text.getFont().getSize(), true);
            // Scaled into the piece's box: other glyphs in the same advances, as in the scrambled screenshot.
            g.drawImage(
                    glyphs,
                    (int) b.getMinX(),
                    (int) b.getMinY(),
                    (int) Math.ceil(b.getWidth()),
                    (int) Math.ceil(b.getHeight()),
                    null);
        }
        g.dispose();
        return copy;
    }
}
