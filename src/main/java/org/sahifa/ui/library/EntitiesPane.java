package org.sahifa.ui.library;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sahifa.library.AttributedQuote;
import org.sahifa.library.EntityArticle;
import org.sahifa.library.EntitySummary;
import org.sahifa.text.DisplayText;
import org.sahifa.text.SearchFolding;
import org.sahifa.ui.I18n;
import org.sahifa.ui.sidebar.EntityKinds;

/**
 * Every person, place and organisation in the library with the number of articles naming it. Choosing one lists
 * those articles (double-click opens one) and, for a person, the quotations attributed to them.
 */
final class EntitiesPane extends VBox {
    private final LibraryAccess access;
    private final I18n i18n;
    private final ObservableList<EntitySummary> all = FXCollections.observableArrayList();
    private final FilteredList<EntitySummary> filtered = new FilteredList<>(all);
    private final ListView<EntitySummary> names = new ListView<>(filtered);
    private final ListView<Object> details = new ListView<>();
    private final TextField filter = new TextField();

    EntitiesPane(LibraryAccess access, I18n i18n, LongConsumer open) {
        this.access = access;
        this.i18n = i18n;
        setSpacing(6);
        filter.setId("library-entity-filter");
        filter.setPromptText(i18n.get("library.entity.filter.prompt"));
        filter.textProperty().addListener((obs, old, text) -> {
            String wanted = SearchFolding.foldQuery(text);
            filtered.setPredicate(
                    wanted.isEmpty()
                            ? null
                            : e -> SearchFolding.foldQuery(e.name()).contains(wanted));
        });
        names.setId("library-entities");
        names.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EntitySummary entity, boolean empty) {
                super.updateItem(entity, empty);
                if (empty || entity == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(i18n.get("library.entity.row", DisplayText.forDrawing(entity.name()), entity.articles()));
                // the kind's icon: «الرياض» the city and «الرياض» the newspaper are two rows, told apart by it
                setGraphic(EntityKinds.icon(entity.type()));
                setAccessibleText(i18n.get(EntityKinds.headingKey(entity.type())) + ": " + getText());
            }
        });
        names.getSelectionModel().selectedItemProperty().addListener((obs, old, entity) -> showDetails(entity));
        details.setId("library-entity-details");
        details.setPlaceholder(new Label(i18n.get("library.entity.choose")));
        details.setCellFactory(list -> new DetailCell());
        // Not mirrored (docs/decisions/0004): its rows are, and each is drawn as the highlights list draws its rows
        // (DrawnListRow): the cell's own wrapped text was cut and shifted in the Arabic interface.
        details.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        details.widthProperty().addListener((obs, old, width) -> details.refresh());
        details.setOnMouseClicked(e -> {
            Object item = details.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2) {
                if (item instanceof EntityArticle a) {
                    open.accept(a.articleId());
                } else if (item instanceof AttributedQuote q) {
                    open.accept(q.articleId());
                }
            }
        });
        VBox.setVgrow(names, Priority.ALWAYS);
        VBox.setVgrow(details, Priority.ALWAYS);
        getChildren().addAll(filter, names, details);
    }

    /** An article naming the chosen entity, or a quotation attributed to it, drawn by {@link DrawnListRow}. */
    private final class DetailCell extends DrawnRowCell<Object> {
        DetailCell() {
            super(i18n);
        }

        @Override
        List<String> linesOf(Object item) {
            return List.of(detailText(item));
        }
    }

    /** The line a detail row shows: «title (mentions)» for an article, «quotation — title» for a quotation. */
    String detailText(Object item) {
        if (item instanceof EntityArticle a) {
            return i18n.get("library.entity.article", DisplayText.forDrawing(a.title()), a.mentions());
        }
        AttributedQuote q = (AttributedQuote) item;
        return i18n.get("library.entity.quote", DisplayText.forDrawing(q.text()), DisplayText.forDrawing(q.title()));
    }

    /** Reloads the list in the background. */
    void refresh() {
        access.submit(library -> library.entities(), loaded -> {
            all.setAll(loaded);
            // while the reader looks down the list: the first name chosen then opens without the index's read
            access.submit(
                    library -> {
                        library.prepareNameLookups();
                        return null;
                    },
                    ignored -> {});
        });
    }

    /** Filters the list to {@code name} and chooses the first entry, once the list has loaded. */
    void narrowTo(String name) {
        filter.setText(name);
        access.submit(library -> library.entities(), loaded -> {
            all.setAll(loaded);
            if (!filtered.isEmpty()) {
                names.getSelectionModel().select(0);
            }
        });
    }

    private void showDetails(EntitySummary entity) {
        details.getItems().clear();
        if (entity == null) {
            return;
        }
        access.submit(
                library -> List.of(library.articlesMentioning(entity.name()), library.quotesBy(entity.name())),
                found -> {
                    if (entity.equals(names.getSelectionModel().getSelectedItem())) {
                        details.getItems().setAll(found.get(0));
                        details.getItems().addAll(found.get(1));
                    }
                });
    }

    ListView<EntitySummary> names() {
        return names;
    }

    ListView<Object> details() {
        return details;
    }
}
