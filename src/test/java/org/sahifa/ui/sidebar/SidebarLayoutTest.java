package org.sahifa.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahifa.model.Analysis;
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

/**
 * Issue 15 §3: with an article that names many people, places and organisations and has several quotations, every
 * list of the sidebar shows its first three rows, whole and inside the window, with nothing scrolled or dragged, at
 * the three window sizes the issue names, in both interface languages.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarLayoutTest {
    static final int ROWS_IN_SIGHT = 3;
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

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0}×{1}, {2} interface")
    @CsvSource({"900, 700, ar", "900, 700, en", "1280, 800, ar", "1280, 800, en", "1920, 1080, ar", "1920, 1080, en"})
    void everyListShowsItsFirstThreeRows(int width, int height, String language, FxRobot robot) throws Exception {
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        ReaderViewModel model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        MainWindow window = FxThread.call(() -> ReaderHarness.show(stage, model, i18n, width, height));
        String path = Path.of(SidebarLayoutTest.class
                        .getResource("/ui/crowded-sidebar.txt")
                        .toURI())
                .toString();
        Analysis analysis = ReaderHarness.loadAndWait(robot, model, () -> model.open(path));
        WaitForAsyncUtils.waitFor(
                ReaderHarness.LOAD_TIMEOUT_SECONDS,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> !model.analysingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, window.getWidth(), 0.5, "the window has the size asked for");
        assertEquals(height, window.getScene().getHeight(), 0.5);
        assertTrue(window.isSidebarShown(), "a window this wide keeps its sidebar");
        Bounds sceneBounds = new javafx.geometry.BoundingBox(0, 0, width, height);
        for (String id : List.of("#people-list", "#places-list", "#organizations-list", "#quotes-list")) {
            ListView<?> list = robot.lookup(id).queryAs(ListView.class);
            int wanted = Math.min(ROWS_IN_SIGHT, list.getItems().size());
            assertTrue(wanted == ROWS_IN_SIGHT, id + " has three rows to show in this article: " + list.getItems());
            Bounds listBounds = list.localToScene(list.getLayoutBounds());
            for (int index = 0; index < wanted; index++) {
                int i = index;
                ListCell<?> cell = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                        .filter(c -> c.getIndex() == i && c.isVisible())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(id + " row " + i + " is not laid out"));
                Bounds cellBounds = cell.localToScene(cell.getLayoutBounds());
                assertTrue(
                        contains(listBounds, cellBounds),
                        id + " row " + i + " is cut by its list: " + cellBounds + " in " + listBounds);
                assertTrue(
                        contains(sceneBounds, cellBounds), id + " row " + i + " is outside the window: " + cellBounds);
                // Nor hidden by what holds the list: a scroll pane's viewport, a split pane's side.
                for (javafx.scene.Parent holder = list.getParent(); holder != null; holder = holder.getParent()) {
                    Bounds held = holder.localToScene(holder.getLayoutBounds());
                    assertTrue(
                            contains(held, cellBounds),
                            id + " row " + i + " is out of sight in " + holder + ": " + cellBounds + " in " + held);
                }
            }
        }
        assertFalse(analysis.quotes().isEmpty());
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        double slack = 1;
        return inner.getMinX() >= outer.getMinX() - slack
                && inner.getMaxX() <= outer.getMaxX() + slack
                && inner.getMinY() >= outer.getMinY() - slack
                && inner.getMaxY() <= outer.getMaxY() + slack;
    }
}
