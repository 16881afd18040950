package org.sahifa.ui;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import java.io.IOException;
import java.nio.file.Path;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.export.TextFiles;
import org.sahifa.load.BundledSample;
import org.sahifa.load.ImageFetcher;
import org.sahifa.load.SourceLoader;
import org.sahifa.model.TextDirection;
import org.sahifa.settings.RecentSource;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/** The reader window's content: toolbar, error banner, article, and the sidebar of entities and quotations. */
public final class MainWindow extends BorderPane {
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FOCUS_URL = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LARGER = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LARGER_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LARGER_KEYPAD = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SMALLER_KEYPAD = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RESET_SIZE = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIND_NEXT = new KeyCodeCombination(KeyCode.F3);
    static final KeyCombination FIND_PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    /** Below this width the sidebar steps aside behind a toolbar toggle, leaving the article the whole window. */
    static final double SIDEBAR_COLLAPSE_WIDTH = 760;

    private final ReaderViewModel model;
    private final I18n i18n;
    private final ReaderPreferences prefs;
    private final WindowServices services;
    private final ArticleView article;
    private final LeadImageLoader leadImages;
    /** Where the toolbar goes; it holds the toolbar's height while the toolbar is not built yet. */
    private final StackPane toolbarSlot = new StackPane();
    /** Where the sidebar goes; it holds the sidebar's share of the width likewise. */
    private final StackPane sideSlot = new StackPane();
    private final SplitPane split = new SplitPane();
    /** Shows the sidebar in a window too narrow to keep it (see {@link #SIDEBAR_COLLAPSE_WIDTH}). */
    private final ToggleButton sidebarToggle = new ToggleButton(null, new FontIcon("mdi2f-format-list-bulleted"));
    /** What the title bar says: the article's title, then the app's name. */
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private TextDirection forcedDirection;
    private TypographyPanel typographyPanel;
    private PopOver typographyPopOver;
    // The rest of the window: built with it, or (see articleFirst) once the article has been drawn.
    private MenuButton recentMenu;
    private MentionNavigator mentions;
    private EntitySidebar entities;
    private QuotesPane quotes;
    private Banner banner;
    private FindBar findBar;
    private SaveAction saveAction;
    private PrintAction printAction;
    private CustomTextField urlField;
    private ToolBar toolbar;
    private volatile boolean complete;

    /** A window with settings kept for this run only and no browser or recent list (tests). */
    public MainWindow(ReaderViewModel model, I18n i18n) {
        this(model, i18n, new ReaderPreferences(null, Runnable::run), WindowServices.NONE);
    }

    /** The whole window at once. */
    public MainWindow(ReaderViewModel model, I18n i18n, ReaderPreferences prefs, WindowServices services) {
        this(model, i18n, prefs, services, true);
    }

    /**
     * A window that has only the article so far, for a quick first frame: the toolbar and the sidebar (the costly part
     * of the first CSS and layout pass) keep their places empty until {@link #completeWindow()} builds them.
     */
    static MainWindow articleFirst(ReaderViewModel model, I18n i18n, ReaderPreferences prefs, WindowServices services) {
        return new MainWindow(model, i18n, prefs, services, false);
    }

    private MainWindow(ReaderViewModel model, I18n i18n, ReaderPreferences prefs, WindowServices services, boolean whole) {
        this.model = model;
        this.i18n = i18n;
        this.prefs = prefs;
        this.services = services;
        getStyleClass().add("main-window");
        article = new ArticleView(i18n);
        // The fetcher (and its HTTP client) is made on first use, off the FX thread, not while the window is built.
        leadImages = new LeadImageLoader(article, prefs.showImagesProperty(), model.executor(), i18n,
                (url, articleSource) -> ImageFetcher.standard().fetch(url, articleSource));
        toolbarSlot.getStyleClass().add("toolbar-slot");
        setTop(new VBox(toolbarSlot));
        setCenter(createContent());
        windowTitle.set(i18n.get("app.title"));
        if (i18n.isRightToLeft()) {
            setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        bindPreferences();
        showArticle(model.analysisProperty().get());
        model.analysisProperty().addListener((obs, old, analysis) -> {
            if (old != null && analysis != null && old.article() == analysis.article()) {
                article.showFindings(analysis);
            } else {
                showArticle(analysis);
            }
        });
        if (whole) {
            completeWindow();
        } else {
            article.startPreview();
        }
    }

    /** True once the toolbar and the sidebar are built (and in the window). */
    boolean isComplete() {
        return complete;
    }

    /** Builds the toolbar, banner, find bar and sidebar, showing what the model already holds; does nothing twice. */
    void completeWindow() {
        if (isComplete()) {
            return;
        }
        article.endPreview();
        recentMenu = new MenuButton();
        urlField = (CustomTextField) TextFields.createClearableTextField();
        mentions = new MentionNavigator(i18n, article);
        entities = new EntitySidebar(i18n, this::select);
        quotes = new QuotesPane(i18n, this::select, this::saveFile);
        banner = new Banner(i18n);
        findBar = new FindBar(i18n, article, model.analysisProperty());
        saveAction = new SaveAction(i18n, article::analysis, this::showMessage, banner::notice);
        printAction = new PrintAction(i18n, article::analysis, this::showMessage);
        toolbarSlot.getChildren().setAll(createToolbar());
        placeSidebar();
        ((VBox) getTop()).getChildren().addAll(banner, findBar);
        sideSlot.getChildren().setAll(createSidePanel());
        bindModel();
        refreshRecent();
        addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
        setOnDragOver(this::onDragOver);
        setOnDragDropped(this::onDragDropped);
        complete = true;
        StartupProbe.mark("windowCompleted");
    }

    public ArticleView article() {
        return article;
    }

    public EntitySidebar entities() {
        return entities;
    }

    public QuotesPane quotes() {
        return quotes;
    }

    public FindBar findBar() {
        return findBar;
    }

    /** True while the lead image is being fetched (images on). */
    javafx.beans.property.ReadOnlyBooleanProperty leadImageLoadingProperty() {
        return leadImages.loadingProperty();
    }

    /** The window's title: the article's title (isolated, see {@link Isolated}) and the app's name. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** The counter of the name followed, as shown («كيم جونغ أون — 1 of 4»), or empty. */
    String mentionCounterText() {
        return mentions.positionText();
    }

    /** True while the sidebar is part of the window (not collapsed behind its toggle). */
    boolean isSidebarShown() {
        return split.getItems().contains(sideSlot);
    }

    TextField urlField() {
        return urlField;
    }

    /** Shows a message in the banner above the article (e.g. a failed save). */
    public void showMessage(String message) {
        banner.show(message);
    }

    SaveAction saveAction() {
        return saveAction;
    }

    /** The message shown in the banner, or null when it is hidden. */
    public String bannerMessage() {
        return banner.shownMessage();
    }

    private Node createToolbar() {
        Button open = new Button(i18n.get("toolbar.open"), new FontIcon("mdi2f-folder-open-outline"));
        open.setId("open-button");
        open.setOnAction(e -> chooseFile());
        open.setTooltip(new Tooltip(i18n.get("toolbar.open.tooltip")));
        urlField.setId("url-field");
        urlField.setLeft(new FontIcon("mdi2w-web"));
        PromptFit.fit(urlField, i18n.get("toolbar.url.prompt"));
        urlField.setOnAction(e -> openText(urlField.getText()));
        HBox.setHgrow(urlField, Priority.ALWAYS);
        // An icon is a glyph, which mirroring does not turn: the arrow is chosen to point the way the interface reads.
        Button go = new Button(null, new FontIcon(i18n.isRightToLeft() ? "mdi2a-arrow-left-bold-outline" : "mdi2a-arrow-right-bold-outline"));
        go.setId("go-button");
        go.setOnAction(e -> openText(urlField.getText()));
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
        reload.setOnAction(e -> reload());
        Button browser = new Button(null, new FontIcon("mdi2o-open-in-new"));
        browser.setId("browser-button");
        browser.setTooltip(new Tooltip(i18n.get("toolbar.browser")));
        browser.setOnAction(e -> openInBrowser());
        Button typography = new Button(null, new FontIcon("mdi2f-format-size"));
        typography.setId("typography-button");
        typography.setTooltip(new Tooltip(i18n.get("toolbar.typography")));
        typography.setOnAction(e -> showTypography(typography));
        sidebarToggle.setId("sidebar-toggle");
        sidebarToggle.setTooltip(new Tooltip(i18n.get("toolbar.sidebar")));
        sidebarToggle.setAccessibleText(i18n.get("toolbar.sidebar"));
        sidebarToggle.selectedProperty().addListener(o -> placeSidebar());
        ToolBar bar = new ToolBar(open, recentMenu, urlField, go, reload, browser, typography, progress, cancel);
        toolbar = bar;
        bar.getItems().addAll(articleActions());
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** Toolbar buttons for the article shown: find, save as, print. */
    private List<Node> articleActions() {
        Button find = new Button(null, new FontIcon("mdi2m-magnify"));
        find.setId("find-button");
        find.setOnAction(e -> findBar.open());
        find.setAccessibleText(i18n.get("toolbar.find"));
        find.setTooltip(new Tooltip(i18n.get("toolbar.find")));
        Button save = new Button(null, new FontIcon("mdi2c-content-save-outline"));
        save.setId("save-button");
        save.setOnAction(e -> saveAction.chooseAndSave(window()));
        save.setAccessibleText(i18n.get("toolbar.save"));
        save.setTooltip(new Tooltip(i18n.get("toolbar.save")));
        Button print = new Button(null, new FontIcon("mdi2p-printer-outline"));
        print.setId("print-button");
        print.setOnAction(e -> printAction.print(window()));
        print.setAccessibleText(i18n.get("toolbar.print"));
        print.setTooltip(new Tooltip(i18n.get("toolbar.print")));
        for (Button b : List.of(find, save, print)) {
            b.disableProperty().bind(model.analysisProperty().isNull());
        }
        return List.of(new Separator(Orientation.VERTICAL), find, save, print);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private Node createContent() {
        split.getItems().setAll(article, sideSlot);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(sideSlot, false);
        widthProperty().addListener((obs, old, width) -> {
            boolean wasNarrow = old.doubleValue() > 0 && old.doubleValue() < SIDEBAR_COLLAPSE_WIDTH;
            boolean narrow = width.doubleValue() < SIDEBAR_COLLAPSE_WIDTH;
            if (old.doubleValue() == 0 || wasNarrow != narrow) {
                placeSidebar();
            }
        });
        return split;
    }

    /** Keeps the sidebar beside the article, or (narrow window, toggle off) out of it; a shown sidebar starts at its own width. */
    private void placeSidebar() {
        double width = getWidth();
        boolean narrow = width > 0 && width < SIDEBAR_COLLAPSE_WIDTH;
        // In the toolbar only when it does something (a hidden item still counts in the toolbar's height).
        if (toolbar != null && narrow != toolbar.getItems().contains(sidebarToggle)) {
            if (narrow) {
                toolbar.getItems().add(0, sidebarToggle);
            } else {
                toolbar.getItems().remove(sidebarToggle);
            }
        }
        boolean show = !narrow || sidebarToggle.isSelected();
        if (!show) {
            split.getItems().remove(sideSlot);
        } else {
            if (!isSidebarShown()) {
                split.getItems().add(sideSlot);
            }
            if (width > 0) {
                split.setDividerPositions(1 - SidebarColumn.startWidth(width) / width);
            }
        }
    }

    private Node createSidePanel() {
        return new SidebarColumn(mentions, entities, quotes, i18n);
    }

    /** Keeps the toolbar, banner and sidebar in step with the model (the article view follows it from the start). */
    private void bindModel() {
        showFindings(model.analysisProperty().get());
        model.analysisProperty().addListener((obs, old, analysis) -> {
            if (old != null && analysis != null && old.article() == analysis.article()) {
                showFindings(analysis);
                return;
            }
            mentions.clear();
            showFindings(analysis);
            if (analysis != null) {
                offerAllText(analysis);
                remember(analysis);
                showSource(analysis);
            }
        });
        // An article opened before the window was complete (the one Sahifa was started with) counts too.
        if (model.analysisProperty().get() != null) {
            offerAllText(model.analysisProperty().get());
            remember(model.analysisProperty().get());
            showSource(model.analysisProperty().get());
        }
        entities.setAnalysing(model.analysingProperty().get());
        quotes.setAnalysing(model.analysingProperty().get());
        model.analysingProperty().addListener((obs, was, analysing) -> {
            entities.setAnalysing(analysing);
            quotes.setAnalysing(analysing);
        });
        if (model.errorProperty().get() != null) {
            banner.show(model.errorProperty().get());
        }
        model.errorProperty().addListener((obs, old, message) -> {
            if (message == null) {
                banner.hide();
            } else {
                banner.show(message);
            }
        });
    }

    private void bindPreferences() {
        Runnable typography = () -> article.setTypography(prefs.typography());
        prefs.fontFamilyProperty().addListener(o -> typography.run());
        prefs.fontSizeProperty().addListener(o -> typography.run());
        prefs.lineSpacingProperty().addListener(o -> typography.run());
        prefs.paragraphSpacingProperty().addListener(o -> article.setParagraphSpacing(prefs.paragraphSpacingProperty().get()));
        prefs.columnWidthProperty().addListener(o -> article.setMaxColumnWidth(prefs.columnWidthProperty().get()));
        prefs.justifiedProperty().addListener(o -> article.setJustified(prefs.justifiedProperty().get()));
        prefs.hideDiacriticsProperty().addListener(o -> article.setDisplayOptions(prefs.displayOptions(forcedDirection)));
        prefs.digitsProperty().addListener(o -> article.setDisplayOptions(prefs.displayOptions(forcedDirection)));
        prefs.themeProperty().addListener((obs, old, theme) -> {
            if (getScene() != null) {
                theme.apply(getScene());
            }
        });
        typography.run();
        article.setMaxColumnWidth(prefs.columnWidthProperty().get());
        article.setParagraphSpacing(prefs.paragraphSpacingProperty().get());
        article.setJustified(prefs.justifiedProperty().get());
        article.setDisplayOptions(prefs.displayOptions(null));
    }

    /** Forces a direction on every paragraph of the article shown, or (null) lets each take its own. */
    void setForcedDirection(TextDirection direction) {
        forcedDirection = direction;
        article.setDisplayOptions(prefs.displayOptions(direction));
    }

    private void showTypography(Node anchor) {
        if (typographyPopOver == null) {
            typographyPanel = new TypographyPanel(prefs, i18n, this::setForcedDirection);
            typographyPopOver = new PopOver(typographyPanel);
            typographyPopOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
            typographyPopOver.setDetachable(false);
        }
        typographyPopOver.show(anchor);
    }

    /** Puts a newly opened article in the view (its entities and quotations may come later). */
    private void showArticle(Analysis analysis) {
        if (analysis == null) {
            return;
        }
        if (forcedDirection != null) {
            setForcedDirection(null);
        }
        if (typographyPanel != null) {
            typographyPanel.resetDirection();
        }
        article.show(analysis);
        leadImages.show(analysis.article());
        showTitle(analysis);
    }

    /** Says what is open: its address or file in the address field (not the bundled sample's inner name). */
    private void showSource(Analysis analysis) {
        String source = analysis.article().source();
        urlField.setText(source == null || BundledSample.SOURCE.equals(source) ? "" : source);
    }

    /** The title bar names the article open, before the app's name. */
    private void showTitle(Analysis analysis) {
        String title = analysis == null ? null : analysis.article().title();
        windowTitle.set(title == null || title.isBlank() ? i18n.get("app.title")
                : i18n.get("window.title", Isolated.in(title.strip(), i18n)));
    }

    /** A page that is not an article: the banner says so and offers all its text. */
    private void offerAllText(Analysis analysis) {
        if (!analysis.article().readerable()) {
            String source = analysis.article().source();
            banner.show(i18n.get("banner.not.article"), i18n.get("banner.show.anyway"), () -> model.openAllText(source));
        }
    }

    /** The sidebar and the quotations pane for the article shown (empty until its analysis is done). */
    private void showFindings(Analysis analysis) {
        if (analysis == null) {
            return;
        }
        entities.show(analysis.entities());
        quotes.show(analysis.quotes(), analysis.article().title());
    }

    /** A name chosen: its mentions highlighted and counted, and no quotation chosen any more. */
    private void select(Entity entity) {
        quotes.clearSelection();
        article.highlightMentions(entity.mentions());
        mentions.follow(entity);
    }

    /** A quotation chosen: shown, and the name chosen before (its highlights and its counter) let go. */
    private void select(Quote quote) {
        entities.clearSelection();
        article.highlightMentions(List.of());
        mentions.clear();
        article.reveal(quote.block(), quote.start(), quote.endBlock() == quote.block() ? quote.end()
                : article.analysis().article().blocks().get(quote.block()).text().length());
    }

    /** Opens what the user typed or pasted, if anything. */
    void openText(String text) {
        if (text != null && !text.isBlank()) {
            model.open(text.strip());
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("dialog.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("dialog.open.filter"),
                "*.html", "*.htm", "*.xhtml", "*.txt", "*.md"));
        Window window = getScene() == null ? null : getScene().getWindow();
        File file = chooser.showOpenDialog(window);
        if (file != null) {
            model.open(file.getPath());
        }
    }

    /** Writes text to a file in the background; a failure shows in the banner. */
    void saveFile(String content, java.io.File file) {
        services.background().execute(() -> {
            try {
                TextFiles.writeAtomically(file.toPath(), content);
            } catch (IOException e) {
                javafx.application.Platform.runLater(() -> showMessage(i18n.get("error.save", file.getName())));
            }
        });
    }

    private void reload() {
        Analysis current = model.analysisProperty().get();
        if (current != null && current.article().source() != null && !BundledSample.SOURCE.equals(current.article().source())) {
            model.open(current.article().source());
        } else if (current != null) {
            model.openSample();
        }
    }

    private void openInBrowser() {
        Analysis current = model.analysisProperty().get();
        if (current == null || BundledSample.SOURCE.equals(current.article().source())) {
            return;
        }
        String source = current.article().source();
        services.browser().accept(SourceLoader.looksLikeUrl(source) ? source : Path.of(source).toAbsolutePath().toUri().toString());
    }

    private void remember(Analysis analysis) {
        String source = analysis.article().source();
        if (services.recent() == null || source == null || BundledSample.SOURCE.equals(source)) {
            return;
        }
        String title = analysis.article().title() == null ? "" : analysis.article().title();
        services.background().execute(() -> {
            try {
                services.recent().add(source, title);
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(MainWindow.class.getName()).log(java.util.logging.Level.WARNING, "recent list not saved", e);
            }
            javafx.application.Platform.runLater(this::refreshRecent);
        });
    }

    /** Reads the recent list off the FX thread (the first read is from disk), then shows it in the menu. */
    private void refreshRecent() {
        if (services.recent() == null) {
            showRecent(List.of());
            return;
        }
        services.background().execute(() -> {
            List<RecentSource> entries = services.recent().entries();
            javafx.application.Platform.runLater(() -> showRecent(entries));
        });
    }

    private void showRecent(List<RecentSource> entries) {
        recentMenu.getItems().clear();
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("recent.empty"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (RecentSource entry : entries) {
            String label = Isolated.in(entry.title() == null || entry.title().isBlank() ? entry.source() : entry.title(), i18n);
            MenuItem item = new MenuItem(label);
            item.setOnAction(e -> model.open(entry.source()));
            recentMenu.getItems().add(item);
        }
    }

    private void onShortcut(KeyEvent event) {
        if (FIND.match(event)) {
            findBar.open();
            event.consume();
        } else if (FIND_NEXT.match(event) || FIND_PREVIOUS.match(event)) {
            if (!findBar.isShowing()) {
                findBar.open();
            } else if (FIND_NEXT.match(event)) {
                findBar.next();
            } else {
                findBar.previous();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && findBar.isShowing()) {
            findBar.close();
            event.consume();
        } else if (SAVE.match(event)) {
            saveAction.chooseAndSave(window());
            event.consume();
        } else if (PRINT.match(event)) {
            printAction.print(window());
            event.consume();
        } else if (LARGER.match(event) || LARGER_PLUS.match(event) || LARGER_KEYPAD.match(event)) {
            prefs.enlarge();
            event.consume();
        } else if (SMALLER.match(event) || SMALLER_KEYPAD.match(event)) {
            prefs.shrink();
            event.consume();
        } else if (RESET_SIZE.match(event)) {
            prefs.resetSize();
            event.consume();
        } else if (RELOAD.match(event)) {
            reload();
            event.consume();
        } else if (OPEN.match(event)) {
            chooseFile();
            event.consume();
        } else if (FOCUS_URL.match(event)) {
            urlField.requestFocus();
            urlField.selectAll();
            event.consume();
        } else if (PASTE.match(event) && !(event.getTarget() instanceof TextInputControl)) {
            pastedUrl().ifPresent(url -> {
                urlField.setText(url);
                model.open(url);
                event.consume();
            });
        }
    }

    /** A web address on the clipboard, if that is what it holds. */
    private static Optional<String> pastedUrl() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String text = clipboard.hasUrl() ? clipboard.getUrl() : clipboard.hasString() ? clipboard.getString() : null;
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        return s.startsWith("http://") || s.startsWith("https://") ? Optional.of(s) : Optional.empty();
    }

    private void onDragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() || event.getDragboard().hasUrl() || event.getDragboard().hasString()) {
            event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
        }
        event.consume();
    }

    private void onDragDropped(DragEvent event) {
        var board = event.getDragboard();
        String source = null;
        List<File> files = board.hasFiles() ? board.getFiles() : List.of();
        if (!files.isEmpty()) {
            source = files.get(0).getPath();
        } else if (board.hasUrl()) {
            source = board.getUrl();
        } else if (board.hasString() && SourceLoader.looksLikeUrl(board.getString())) {
            source = board.getString().strip();
        }
        if (source != null) {
            model.open(source);
        }
        event.setDropCompleted(source != null);
        event.consume();
    }
}
