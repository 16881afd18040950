package org.sahifa.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Quote;
import org.sahifa.quote.QuoteExport;
import org.sahifa.ui.I18n;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.startup.SahifaApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rows of the sidebar and the quotations list make their copy menu when it is first asked for, and it copies. */
@ExtendWith(ApplicationExtension.class)
class CopyMenuTest {
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

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
        ReaderHarness.show(stage, model, i18n);
    }

    @Test
    void rightClickOnAPersonCopiesTheName(FxRobot robot) throws Exception {
        ReaderHarness.loadAndWait(robot, model, model::openSample);
        assertFalse(robot.lookup("#people-list").queryListView().getItems().isEmpty(), "the sample names people");
        Entity first =
                (Entity) robot.lookup("#people-list").queryListView().getItems().get(0);
        assertEquals(EntityType.PERSON, first.type());
        ListCell<?> row = robot.lookup("#people-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> first.equals(c.getItem()))
                .findFirst()
                .orElseThrow();
        copyFromMenu(robot, row, "Copy name");
        assertEquals(first.name(), readClipboard());
    }

    @Test
    void rightClickOnAQuotationCopiesItWithItsSpeaker(FxRobot robot) throws Exception {
        Analysis analysis = ReaderHarness.loadAndWait(robot, model, model::openSample);
        Quote first = analysis.quotes().get(0);
        ListCell<?> row = robot.lookup("#quotes-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> first.equals(c.getItem()))
                .findFirst()
                .orElseThrow();
        copyFromMenu(robot, row, "Copy with attribution");
        assertEquals(QuoteExport.attribution(first), readClipboard());
    }

    /**
     * Asks the row for its context menu as a right-click does (the headless robot's right-click does not make
     * that event), then chooses the menu's item.
     */
    private static void copyFromMenu(FxRobot robot, ListCell<?> row, String item) {
        assertNull(row.getContextMenu(), "no menu is made before it is asked for");
        robot.interact(() -> {
            Point2D centre = row.localToScreen(row.getWidth() / 2, row.getHeight() / 2);
            row.fireEvent(new ContextMenuEvent(
                    ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    row.getWidth() / 2,
                    row.getHeight() / 2,
                    centre.getX(),
                    centre.getY(),
                    false,
                    null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = row.getContextMenu();
        assertNotNull(menu, "the menu is made when asked for");
        assertTrue(menu.isShowing());
        MenuItem copy = menu.getItems().get(0);
        assertEquals(item, copy.getText());
        robot.interact(() -> {
            copy.fire();
            menu.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String readClipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get();
    }
}
