package org.sahifa.ui.library;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sahifa.analysis.Analyzer;
import org.sahifa.library.Highlight;
import org.sahifa.library.SavedArticle;
import org.sahifa.library.SearchFilter;
import org.sahifa.library.SearchHit;
import org.sahifa.model.Analysis;
import org.sahifa.text.SearchFolding;
import org.sahifa.ui.I18n;
import org.sahifa.ui.reader.ArticleView;

/**
 * The library beside the reader: the saved articles in a sortable, filterable table (virtualised: only the rows on
 * screen are built, so 10,000 entries cost no more to show than 20), and a search box whose ranked hits show
 * highlighted snippets. Choosing an article opens it from the store, without network.
 */
public final class LibraryView extends VBox {
    static final int SEARCH_LIMIT = 50;
    /** A table row's height in pixels: one line of the interface font (up to about 16 px) with its padding. */
    static final double ROW_HEIGHT = 26;
    /** Title, site, date, reading time, tags, in pixels. */
    private static final double[] COLUMN_WIDTHS = {300, 120, 90, 100, 100};

    private final LibraryAccess access;
    private final I18n i18n;
    private final Consumer<Analysis> open;
    private final ObservableList<SavedArticle> articles = FXCollections.observableArrayList();
    private final FilteredList<SavedArticle> filtered = new FilteredList<>(articles);
    private final TableView<SavedArticle> table = new TableView<>();
    private final ListView<SearchHit> hits = new ListView<>();
    private final TextField search = new TextField();
    private final TextField filter = new TextField();
    private final EntitiesPane entities;
    private TabPane tabs;
    private final ImportBar importBar;
    /** The highlights tab's list, when the view was given what it needs ({@link HighlightParts}). */
    private HighlightsPane highlights;
    /** True while the highlights tab is being chosen to show one article's highlights. */
    private boolean showingArticleHighlights;

    /**
     * What the highlights tab and the export bar need from the window: editing a highlight, writing highlights to a
     * file, and opening an article at a highlight.
     */
    public record HighlightParts(
            HighlightEditing editing, HighlightExporter exporter, BiConsumer<Analysis, Highlight> openAt) {}

    public LibraryView(LibraryAccess access, I18n i18n, Consumer<Analysis> open) {
        this(access, i18n, open, null, null);
    }

    /**
     * With {@code analyzer} (built lazily, called off the FX thread) the view also offers bulk import; with
     * {@code parts}, the highlights tab and the whole-library exports.
     */
    public LibraryView(
            LibraryAccess access,
            I18n i18n,
            Consumer<Analysis> open,
            Supplier<Analyzer> analyzer,
            HighlightParts parts) {
        this.access = access;
        this.i18n = i18n;
        this.open = open;
        this.importBar = analyzer == null ? null : new ImportBar(access, i18n, analyzer, this::refresh);
        getStyleClass().add("library-view");
        setSpacing(6);
        setPadding(new Insets(6));
        entities = new EntitiesPane(access, i18n, this::openArticle);
        VBox articlesPane = new VBox(6, createSearchField(), createFilterField(), createCenter());
        if (importBar != null) {
            articlesPane.getChildren().add(importBar);
        }
        Tab articlesTab = new Tab(i18n.get("library.tab.articles"), articlesPane);
        // the other tabs' contents join the scene when first chosen: the first paint lays out the articles only
        Tab entitiesTab = lazyTab("library.tab.entities", "library-entities-tab", entities, entities::refresh);
        entitiesTab.setTooltip(new javafx.scene.control.Tooltip(i18n.get("library.tab.entities.tooltip")));
        tabs = new TabPane(articlesTab, entitiesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);
        if (parts != null) {
            highlights = new HighlightsPane(access, i18n, parts.editing(), h -> openAt(h, parts.openAt()));
            tabs.getTabs().add(lazyTab("library.tab.highlights", "library-highlights-tab", highlights, () -> {
                // chosen by hand: the whole library's; chosen from an article's row, that article's
                if (!showingArticleHighlights) {
                    highlights.showAll();
                }
                showingArticleHighlights = false;
            }));
            getChildren().add(new ExportBar(access, i18n, parts.exporter()));
        }
    }

    private Tab lazyTab(String titleKey, String id, javafx.scene.Node content, Runnable onChosen) {
        Tab tab = new Tab(i18n.get(titleKey));
        tab.setId(id);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                if (tab.getContent() == null) {
                    tab.setContent(content);
                }
                onChosen.run();
            }
        });
        return tab;
    }

    /** Opens the article a highlight is in and shows the highlight there. */
    private void openAt(Highlight highlight, BiConsumer<Analysis, Highlight> openAt) {
        access.submit(library -> library.load(highlight.articleId()).orElse(null), analysis -> {
            if (analysis != null) {
                openAt.accept(analysis, highlight);
            }
        });
    }

    /** Lists the highlights of one saved article in the highlights tab. */
    void showHighlightsOf(SavedArticle article) {
        if (highlights == null) {
            return;
        }
        showingArticleHighlights = true;
        tabs.getSelectionModel().select(2);
        showingArticleHighlights = false;
        highlights.showArticle(article.id(), article.title());
    }

    /** Reads the highlights list again, if it was ever shown (a highlight changed). */
    public void refreshHighlights() {
        if (highlights != null && highlights.getScene() != null) {
            highlights.refresh();
        }
    }

    HighlightsPane highlightsPane() {
        return highlights;
    }

    private TextField createSearchField() {
        search.setId("library-search");
        search.setPromptText(i18n.get("library.search.prompt"));
        search.setOnAction(e -> runSearch());
        search.textProperty().addListener((obs, old, text) -> {
            if (text.isBlank()) {
                hits.getItems().clear();
                hits.setVisible(false);
            }
        });
        return search;
    }

    private TextField createFilterField() {
        filter.setId("library-filter");
        filter.setPromptText(i18n.get("library.filter.prompt"));
        filter.textProperty().addListener((obs, old, text) -> {
            String wanted = SearchFolding.foldQuery(text);
            filtered.setPredicate(
                    wanted.isEmpty()
                            ? null
                            : a -> SearchFolding.foldQuery(rowText(a)).contains(wanted));
        });
        return filter;
    }

    private static String rowText(SavedArticle a) {
        return a.shownTitle() + " " + (a.site() == null ? "" : a.site()) + " " + String.join(" ", a.tags());
    }

    private StackPane createCenter() {
        table.setId("library-table");
        List<TableColumn<SavedArticle, ?>> columns = List.of(
                column("library.column.title", SavedArticle::shownTitle),
                column("library.column.site", a -> a.site() == null ? "" : a.site()),
                column("library.column.date", LibraryView::day),
                minutesColumn(),
                column("library.column.tags", a -> String.join("، ", a.tags())));
        // widths given, not measured: a column left at its default width is sized to its first rows' contents on
        // first show, which built and measured a cell per row and column (a quarter of the first paint). The title
        // fills the narrow view; the other columns are a horizontal scroll away, as before.
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(COLUMN_WIDTHS[i]);
        }
        table.getColumns().addAll(columns);
        // every row the same height: the virtual flow then places rows without asking each one its height
        table.setFixedCellSize(ROW_HEIGHT);
        SortedList<SavedArticle> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(i18n.get("library.empty")));
        table.setRowFactory(t -> {
            TableRow<SavedArticle> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openArticle(row.getItem().id());
                }
            });
            row.setOnContextMenuRequested(e -> {
                if (!row.isEmpty() && highlights != null) {
                    javafx.scene.control.MenuItem item =
                            new javafx.scene.control.MenuItem(i18n.get("library.highlights.ofArticle"));
                    SavedArticle article = row.getItem();
                    item.setOnAction(a -> showHighlightsOf(article));
                    new javafx.scene.control.ContextMenu(item).show(row, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openArticle(table.getSelectionModel().getSelectedItem().id());
            }
        });
        hits.setId("library-hits");
        hits.setVisible(false);
        hits.setCellFactory(list -> new HitCell());
        hits.setOnMouseClicked(e -> {
            SearchHit hit = hits.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && hit != null) {
                openArticle(hit.articleId());
            }
        });
        StackPane center = new StackPane(table, hits);
        VBox.setVgrow(center, Priority.ALWAYS);
        return center;
    }

    private <T extends Comparable<T>> TableColumn<SavedArticle, T> column(
            String key, java.util.function.Function<SavedArticle, T> value) {
        TableColumn<SavedArticle, T> column = new TableColumn<>(i18n.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private TableColumn<SavedArticle, Integer> minutesColumn() {
        TableColumn<SavedArticle, Integer> column = column("library.column.minutes", LibraryView::minutes);
        // one ICU plural format per distinct value, not per cell shown (it was a sixth of the first paint)
        java.util.Map<Integer, String> texts = new java.util.HashMap<>();
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer minutes, boolean empty) {
                super.updateItem(minutes, empty);
                setText(
                        empty || minutes == null
                                ? null
                                : texts.computeIfAbsent(minutes, m -> i18n.get("header.minutes", m)));
            }
        });
        return column;
    }

    static int minutes(SavedArticle a) {
        return Math.max(1, Math.round(a.wordCount() / (float) ArticleView.WORDS_PER_MINUTE));
    }

    /** The article's date if it has one, else the day it was saved. */
    static String day(SavedArticle a) {
        String date = a.published() != null && a.published().length() >= 10 ? a.published() : a.readAt();
        return date == null ? "" : date.substring(0, Math.min(10, date.length()));
    }

    /** Reloads the list of saved articles in the background. */
    public void refresh() {
        access.submit(library -> library.list(), this::showRows);
    }

    /** Shows these saved articles (on the FX thread). */
    void showRows(List<SavedArticle> rows) {
        articles.setAll(rows);
    }

    private void runSearch() {
        String query = search.getText();
        if (query.isBlank()) {
            return;
        }
        access.submit(library -> library.search(query, SearchFilter.NONE, SEARCH_LIMIT), found -> {
            hits.getItems().setAll(found);
            hits.setPlaceholder(new Label(i18n.get("library.no.hits")));
            hits.setVisible(true);
        });
    }

    private void openArticle(long id) {
        access.submit(library -> library.load(id).orElse(null), analysis -> {
            if (analysis != null) {
                open.accept(analysis);
            }
        });
    }

    /** The rows of the table as shown (filtered and sorted), for tests. */
    public List<SavedArticle> shownRows() {
        return List.copyOf(table.getItems());
    }

    public TableView<SavedArticle> table() {
        return table;
    }

    public ListView<SearchHit> hits() {
        return hits;
    }

    public TextField searchField() {
        return search;
    }

    public TextField filterField() {
        return filter;
    }

    /** Shows the people, places and organisations tab narrowed to {@code name}, the first match chosen. */
    public void showEntity(String name) {
        tabs.getSelectionModel().select(1); // sets the tab's content
        entities.narrowTo(name);
    }

    EntitiesPane entitiesPane() {
        return entities;
    }

    /** A search hit: its title and its snippet with the matches highlighted. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(hit.shownTitle());
            title.getStyleClass().add("library-hit-title");
            VBox box = new VBox(2, title, new SnippetView(hit.snippet()));
            box.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }
    }
}
