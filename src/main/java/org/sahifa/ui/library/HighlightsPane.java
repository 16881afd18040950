package org.sahifa.ui.library;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.library.Highlight;
import org.sahifa.library.SavedArticle;
import org.sahifa.text.DisplayText;
import org.sahifa.ui.I18n;

/**
 * The library's highlights: every one in the library, or one article's, each with its text, note, article title and
 * date. Double-click or Enter opens the article at the highlight; the context menu also edits the note or removes the
 * highlight (Delete removes it too).
 */
final class HighlightsPane extends VBox {
    private final LibraryAccess access;
    private final I18n i18n;
    private final HighlightEditing editing;
    private final Consumer<Highlight> open;
    private final ListView<Highlight> list = new ListView<>();
    private final Label scope = new Label();
    private final Button showAll = new Button();
    /** The article whose highlights are listed, or null for the whole library. */
    private Long article;

    HighlightsPane(LibraryAccess access, I18n i18n, HighlightEditing editing, Consumer<Highlight> open) {
        super(6);
        this.access = access;
        this.i18n = i18n;
        this.editing = editing;
        this.open = open;
        scope.setId("library-highlights-scope");
        scope.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(scope, Priority.ALWAYS);
        showAll.setText(i18n.get("library.highlights.all"));
        showAll.setGraphic(new FontIcon("mdi2b-bookshelf"));
        showAll.setId("library-highlights-all");
        showAll.setOnAction(e -> showAll());
        list.setId("library-highlights");
        list.setPlaceholder(new Label(i18n.get("library.highlights.empty")));
        list.setCellFactory(l -> new HighlightCell());
        // Not mirrored (docs/decisions/0004): a mirrored list is clipped offscreen; its rows are mirrored instead.
        list.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        list.widthProperty().addListener((obs, old, width) -> list.refresh()); // rows are broken at the list's width
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            Highlight chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getCode() == KeyCode.ENTER) {
                open.accept(chosen);
            } else if (chosen != null && e.getCode() == KeyCode.DELETE) {
                editing.delete(chosen);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(new HBox(6, scope, showAll), list);
        showScope(null);
    }

    /** Lists the whole library's highlights. */
    void showAll() {
        article = null;
        showScope(null);
        refresh();
    }

    /** Lists one article's highlights. */
    void showArticle(long id, String title) {
        article = id;
        showScope(title);
        refresh();
    }

    private void showScope(String title) {
        scope.setText(
                title == null
                        ? i18n.get("library.highlights.scope.all")
                        : i18n.get("library.highlights.scope.article", DisplayText.forDrawing(title)));
        showAll.setVisible(title != null);
        showAll.setManaged(title != null);
    }

    /** Reads the listed highlights again, in the background. */
    void refresh() {
        Long wanted = article;
        access.submit(
                library -> wanted == null ? library.allHighlights() : library.highlights(wanted),
                (List<Highlight> found) -> {
                    if (java.util.Objects.equals(wanted, article)) {
                        list.getItems().setAll(found);
                    }
                });
    }

    private void openSelected() {
        Highlight chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            open.accept(chosen);
        }
    }

    ListView<Highlight> list() {
        return list;
    }

    String scopeText() {
        return scope.getText();
    }

    /** A highlight, drawn over its lines, with a menu to open its article, edit its note or delete it. */
    private final class HighlightCell extends DrawnRowCell<Highlight> {
        HighlightCell() {
            super(i18n);
            getStyleClass().add("library-highlight");
        }

        @Override
        List<String> linesOf(Highlight h) {
            return cellLines(h);
        }

        @Override
        void shown(Highlight h) {
            MenuItem openItem =
                    new MenuItem(i18n.get("library.highlights.open"), new FontIcon("mdi2b-book-open-variant"));
            openItem.setOnAction(e -> open.accept(h));
            ContextMenu menu = new ContextMenu(openItem);
            menu.getItems().addAll(editing.menuItems(h, this));
            setContextMenu(menu);
        }
    }

    /** The lines a highlight is listed with: «text», the note (if any), «title — day». */
    List<String> cellLines(Highlight h) {
        String day = i18n.date(h.created().atZone(ZoneId.systemDefault()).toLocalDate());
        String title = SavedArticle.shownTitle(h.title(), h.source());
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("library.highlights.quote", DisplayText.forDrawing(h.text())));
        if (h.note() != null) {
            lines.add(i18n.get("library.highlights.note", DisplayText.forDrawing(h.note())));
        }
        lines.add(i18n.get("library.highlights.from", DisplayText.forDrawing(title), day));
        return lines;
    }
}
