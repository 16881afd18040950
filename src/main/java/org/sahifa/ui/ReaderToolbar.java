package org.sahifa.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.settings.RecentSource;

/**
 * The reader window's toolbar: open, recent, the address field and its go arrow, reload, browser, typography,
 * progress and cancel, then find, save and print; and, in a narrow window only, the sidebar's toggle first.
 */
final class ReaderToolbar extends ToolBar {
    /** What the toolbar's buttons do; the window supplies them. */
    record Actions(
            Runnable chooseFile,
            Consumer<String> openText,
            Runnable reload,
            Runnable openInBrowser,
            Consumer<Node> showTypography,
            Runnable find,
            Runnable save,
            Runnable print,
            Runnable saveToLibrary,
            Runnable toggleLibrary) {}

    private final I18n i18n;
    private final ReaderViewModel model;
    private final MenuButton recentMenu = new MenuButton();
    private final CustomTextField urlField = (CustomTextField) TextFields.createClearableTextField();
    /** Shows the sidebar in a window too narrow to keep it (see {@link MainWindow#SIDEBAR_COLLAPSE_WIDTH}). */
    private final ToggleButton sidebarToggle = new ToggleButton(null, new FontIcon("mdi2f-format-list-bulleted"));

    ReaderToolbar(I18n i18n, ReaderViewModel model, Actions actions) {
        this.i18n = i18n;
        this.model = model;
        Button open = new Button(i18n.get("toolbar.open"), new FontIcon("mdi2f-folder-open-outline"));
        open.setId("open-button");
        open.setOnAction(e -> actions.chooseFile().run());
        open.setTooltip(new Tooltip(i18n.get("toolbar.open.tooltip")));
        urlField.setId("url-field");
        urlField.setLeft(new FontIcon("mdi2w-web"));
        PromptFit.fit(urlField, i18n.get("toolbar.url.prompt"));
        urlField.setOnAction(e -> actions.openText().accept(urlField.getText()));
        HBox.setHgrow(urlField, Priority.ALWAYS);
        // An icon is a glyph, which mirroring does not turn: the arrow is chosen to point the way the interface reads.
        Button go = new Button(
                null,
                new FontIcon(
                        i18n.isRightToLeft() ? "mdi2a-arrow-left-bold-outline" : "mdi2a-arrow-right-bold-outline"));
        go.setId("go-button");
        go.setOnAction(e -> actions.openText().accept(urlField.getText()));
        go.setAccessibleText(i18n.get("toolbar.go"));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(22, 22);
        Button cancel = new Button(i18n.get("toolbar.cancel"), new FontIcon("mdi2c-close"));
        cancel.setId("cancel-button");
        cancel.setOnAction(e -> model.cancel());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        cancel.visibleProperty().bind(model.loadingProperty());
        cancel.managedProperty().bind(model.loadingProperty());
        recentMenu.setGraphic(new FontIcon("mdi2h-history"));
        recentMenu.setId("recent-menu");
        recentMenu.setTooltip(new Tooltip(i18n.get("toolbar.recent")));
        Button reload = new Button(null, new FontIcon("mdi2r-refresh"));
        reload.setId("reload-button");
        reload.setTooltip(new Tooltip(i18n.get("toolbar.reload")));
        reload.setOnAction(e -> actions.reload().run());
        Button browser = new Button(null, new FontIcon("mdi2o-open-in-new"));
        browser.setId("browser-button");
        browser.setTooltip(new Tooltip(i18n.get("toolbar.browser")));
        browser.setOnAction(e -> actions.openInBrowser().run());
        Button typography = new Button(null, new FontIcon("mdi2f-format-size"));
        typography.setId("typography-button");
        typography.setTooltip(new Tooltip(i18n.get("toolbar.typography")));
        typography.setOnAction(e -> actions.showTypography().accept(typography));
        sidebarToggle.setId("sidebar-toggle");
        sidebarToggle.setTooltip(new Tooltip(i18n.get("toolbar.sidebar")));
        sidebarToggle.setAccessibleText(i18n.get("toolbar.sidebar"));
        getItems().setAll(open, recentMenu, urlField, go, reload, browser, typography, progress, cancel);
        getItems().addAll(articleActions(actions));
        getStyleClass().add("main-toolbar");
    }

    /** Toolbar buttons for the article shown (find, save as, print, keep in the library), and the library view's. */
    private List<Node> articleActions(Actions actions) {
        Button find = new Button(null, new FontIcon("mdi2m-magnify"));
        find.setId("find-button");
        find.setOnAction(e -> actions.find().run());
        find.setAccessibleText(i18n.get("toolbar.find"));
        find.setTooltip(new Tooltip(i18n.get("toolbar.find")));
        Button save = new Button(null, new FontIcon("mdi2c-content-save-outline"));
        save.setId("save-button");
        save.setOnAction(e -> actions.save().run());
        save.setAccessibleText(i18n.get("toolbar.save"));
        save.setTooltip(new Tooltip(i18n.get("toolbar.save")));
        Button print = new Button(null, new FontIcon("mdi2p-printer-outline"));
        print.setId("print-button");
        print.setOnAction(e -> actions.print().run());
        print.setAccessibleText(i18n.get("toolbar.print"));
        print.setTooltip(new Tooltip(i18n.get("toolbar.print")));
        Button keep = new Button(null, new FontIcon("mdi2b-bookmark-plus-outline"));
        keep.setId("save-to-library-button");
        keep.setOnAction(e -> actions.saveToLibrary().run());
        keep.setAccessibleText(i18n.get("library.save"));
        keep.setTooltip(new Tooltip(i18n.get("library.save")));
        for (Button b : List.of(find, save, print, keep)) {
            b.disableProperty().bind(model.analysisProperty().isNull());
        }
        Button library = new Button(null, new FontIcon("mdi2b-bookshelf"));
        library.setId("library-button");
        library.setOnAction(e -> actions.toggleLibrary().run());
        library.setAccessibleText(i18n.get("library.toggle"));
        library.setTooltip(new Tooltip(i18n.get("library.toggle")));
        return List.of(new Separator(Orientation.VERTICAL), find, save, print, keep, library);
    }

    /** The recent list in its menu, newest first; «none yet» when empty. */
    void showRecent(List<RecentSource> entries) {
        recentMenu.getItems().clear();
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("recent.empty"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (RecentSource entry : entries) {
            String label = Isolated.in(
                    entry.title() == null || entry.title().isBlank() ? entry.source() : entry.title(), i18n);
            MenuItem item = new MenuItem(label);
            item.setOnAction(e -> model.open(entry.source()));
            recentMenu.getItems().add(item);
        }
    }

    CustomTextField urlField() {
        return urlField;
    }

    ToggleButton sidebarToggle() {
        return sidebarToggle;
    }

    /** Puts the sidebar's toggle first in the toolbar, or takes it out (a hidden item still counts in the toolbar's height). */
    void offerSidebarToggle(boolean offered) {
        if (offered != getItems().contains(sidebarToggle)) {
            if (offered) {
                getItems().add(0, sidebarToggle);
            } else {
                getItems().remove(sidebarToggle);
            }
        }
    }
}
