package org.sahifa.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sahifa.model.Analysis;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: a reader window on the test stage, waiting for a load, the paragraphs on screen. */
public final class ReaderHarness {
    static final int WIDTH = 1100;
    static final int HEIGHT = 760;
    public static final long LOAD_TIMEOUT_SECONDS = 60;

    private ReaderHarness() {}

    /** Puts a reader window for the model on the stage, in the light theme. */
    public static MainWindow show(Stage stage, ReaderViewModel model, I18n i18n) {
        AppFonts.load();
        MainWindow window = new MainWindow(model, i18n);
        showOn(stage, window);
        return window;
    }

    /**
     * Puts a reader window for the model on the stage at {@code width} × {@code height}, in the light theme, and sizes
     * the stage to it (the stage is shared by the tests: it would keep the size the last one gave it).
     */
    public static MainWindow show(Stage stage, ReaderViewModel model, I18n i18n, int width, int height) {
        AppFonts.load();
        MainWindow window = new MainWindow(model, i18n);
        Scene scene = new Scene(window, width, height);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        stage.sizeToScene();
        return window;
    }

    /** Puts a reader window on the stage at the tests' size, in the light theme; returns its scene. */
    public static Scene showOn(Stage stage, MainWindow window) {
        Scene scene = new Scene(window, WIDTH, HEIGHT);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Starts a load on the FX thread and waits until it ends; the article then shown (null if none). */
    public static Analysis loadAndWait(FxRobot robot, ReaderViewModel model, Runnable open) throws Exception {
        robot.interact(open);
        WaitForAsyncUtils.waitFor(
                LOAD_TIMEOUT_SECONDS,
                TimeUnit.SECONDS,
                () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return model.analysisProperty().get();
    }

    /** The article's paragraphs currently laid out on screen. */
    public static List<ParagraphNode> shownParagraphs(FxRobot robot) {
        return robot.lookup(".paragraph").queryAllAs(ParagraphNode.class).stream()
                .filter(Node::isVisible)
                .filter(p -> p.getScene() != null)
                .toList();
    }
}
