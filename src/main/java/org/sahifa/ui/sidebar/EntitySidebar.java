package org.sahifa.ui.sidebar;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DisplayText;
import org.sahifa.text.ScriptDirection;
import org.sahifa.text.SearchFolding;
import org.sahifa.ui.I18n;
import org.sahifa.ui.Mirroring;

/**
 * People, places and organisations the article names, each once, most mentioned first. Each list asks for up to
 * {@value #MAX_VISIBLE_ROWS} rows and gives way down to {@value #MIN_VISIBLE_ROWS} when the window is short, so
 * that no list is pushed out of sight by another (issue 15 §3).
 */
public final class EntitySidebar extends VBox {
    static final String STYLE_CLASS = "entity-sidebar";
    static final double ROW_HEIGHT = 26;
    /** A list shows this many rows (or all it has) however little room the window leaves; it scrolls past them. */
    static final int MIN_VISIBLE_ROWS = 3;
    /** And up to this many when there is room. */
    static final int MAX_VISIBLE_ROWS = 8;

    private final I18n i18n;
    private final Consumer<Entity> onSelect;
    private final ListView<Entity> people = new ListView<>();
    private final ListView<Entity> places = new ListView<>();
    private final ListView<Entity> organizations = new ListView<>();
    private final CustomTextField filter = (CustomTextField) TextFields.createClearableTextField();
    private List<Entity> all = List.of();
    /** One placeholder per list, saying "none found" or, while the analysis runs, that it is running. */
    private final List<Label> placeholders = new java.util.ArrayList<>();

    public EntitySidebar(I18n i18n, Consumer<Entity> onSelect) {
        this.i18n = i18n;
        this.onSelect = onSelect;
        getStyleClass().add(STYLE_CLASS);
        filter.setId("entity-filter");
        filter.setPromptText(i18n.get("sidebar.filter"));
        filter.setLeft(new FontIcon("mdi2f-filter-outline"));
        filter.textProperty().addListener((obs, old, text) -> refill());
        VBox.setMargin(filter, new javafx.geometry.Insets(6, 8, 2, 8));
        Mirroring.mirror(filter, i18n);
        getChildren()
                .addAll(
                        filter,
                        section(EntityType.PERSON, people, "people-list"),
                        section(EntityType.LOCATION, places, "places-list"),
                        section(EntityType.ORGANIZATION, organizations, "organizations-list"));
    }

    public void show(List<Entity> entities) {
        all = List.copyOf(entities);
        refill();
    }

    /** While true, empty lists say the article is still being analysed rather than that nothing was found. */
    public void setAnalysing(boolean analysing) {
        placeholders.forEach(p -> p.setText(i18n.get(analysing ? "sidebar.analysing" : "sidebar.empty")));
    }

    /** Narrows the lists to names containing the filter text (diacritics, hamza forms and case ignored). */
    public void setFilter(String text) {
        filter.setText(text);
    }

    private void refill() {
        String wanted = fold(filter.getText() == null ? "" : filter.getText().strip());
        List<Entity> shown = all.stream()
                .filter(e -> wanted.isEmpty() || fold(e.name()).contains(wanted))
                .toList();
        people.getItems().setAll(ofType(shown, EntityType.PERSON));
        places.getItems().setAll(ofType(shown, EntityType.LOCATION));
        organizations.getItems().setAll(ofType(shown, EntityType.ORGANIZATION));
    }

    private static String fold(String s) {
        return SearchFolding.foldQuery(s);
    }

    /** The entities listed in a section, in display order. */
    public List<Entity> listed(EntityType type) {
        return List.copyOf(
                switch (type) {
                    case PERSON -> people.getItems();
                    case LOCATION -> places.getItems();
                    case ORGANIZATION -> organizations.getItems();
                });
    }

    private static List<Entity> ofType(List<Entity> entities, EntityType type) {
        return entities.stream()
                .filter(e -> e.type() == type)
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size())
                        .thenComparing(Entity::name))
                .toList();
    }

    /** Clears the row chosen in every list, so that choosing the same name again counts as a new choice. */
    public void clearSelection() {
        for (ListView<Entity> list : List.of(people, places, organizations)) {
            list.getSelectionModel().clearSelection();
        }
    }

    /** A section: its title, then its list, as tall as its rows (see {@link #rowsHeight}). */
    private VBox section(EntityType type, ListView<Entity> list, String id) {
        list.setId(id);
        list.getStyleClass().add("entity-list");
        Label placeholder = new Label(i18n.get("sidebar.empty"));
        placeholders.add(placeholder);
        list.setPlaceholder(placeholder);
        list.setFixedCellSize(ROW_HEIGHT);
        list.minHeightProperty()
                .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> rowsHeight(
                                Math.min(MIN_VISIBLE_ROWS, list.getItems().size())),
                        list.getItems()));
        list.prefHeightProperty()
                .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> rowsHeight(
                                Math.min(MAX_VISIBLE_ROWS, list.getItems().size())),
                        list.getItems()));
        list.setMaxHeight(Region.USE_PREF_SIZE);
        list.setCellFactory(l -> new EntityCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entity) -> {
            if (entity != null) {
                for (ListView<Entity> other : List.of(people, places, organizations)) {
                    if (other != list) {
                        other.getSelectionModel().clearSelection();
                    }
                }
                onSelect.accept(entity);
            }
        });
        Label title = new Label(i18n.get(EntityKinds.headingKey(type)), EntityKinds.icon(type));
        title.getStyleClass().add("sidebar-section-title");
        title.setMaxWidth(Double.MAX_VALUE);
        Mirroring.mirror(title, i18n);
        VBox section = new VBox(title, list);
        section.getStyleClass().add("sidebar-section");
        return section;
    }

    /** The height of a list showing {@code rows} rows (one for the "none found" line when empty). */
    static double rowsHeight(int rows) {
        return ROW_HEIGHT * Math.max(1, rows) + 2;
    }

    static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A row: the name in its own direction, and how often the article mentions it. Its nodes are made once and reused. */
    private final class EntityCell extends ListCell<Entity> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox row;

        EntityCell() {
            Mirroring.mirror(this, i18n);
            name.getStyleClass().add("entity-name");
            count.getStyleClass().add("entity-count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(6, name, spacer, count);
            row.setAlignment(Pos.CENTER_LEFT); // the count on the name's line, whatever the fonts' heights
            // The copy menu is made when first asked for: a menu per row up front was a large share of the first paint.
            addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                if (getItem() == null) {
                    e.consume();
                } else if (getContextMenu() == null) {
                    MenuItem copy = new MenuItem(i18n.get("sidebar.copy"), new FontIcon("mdi2c-content-copy"));
                    copy.setOnAction(a -> copyToClipboard(getItem().name()));
                    setContextMenu(new ContextMenu(copy));
                }
            });
        }

        @Override
        protected void updateItem(Entity entity, boolean empty) {
            super.updateItem(entity, empty);
            setText(null);
            if (empty || entity == null) {
                setGraphic(null);
                return;
            }
            name.setText(DisplayText.forDrawing(entity.name()));
            name.setNodeOrientation(
                    ScriptDirection.of(entity.name()) == TextDirection.RTL
                            ? NodeOrientation.RIGHT_TO_LEFT
                            : NodeOrientation.LEFT_TO_RIGHT);
            count.setText(i18n.number(entity.mentions().size()));
            setGraphic(row);
        }
    }
}
