package org.sahifa.ui;

import java.io.IOException;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.sahifa.export.TextFiles;
import org.sahifa.load.BundledSample;
import org.sahifa.load.ImageFetcher;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;
import org.sahifa.ui.library.LibraryPanel;
import org.sahifa.ui.output.PrintAction;
import org.sahifa.ui.output.SaveAction;
import org.sahifa.ui.reader.ArticleView;
import org.sahifa.ui.reader.FindBar;
import org.sahifa.ui.reader.LeadImageLoader;
import org.sahifa.ui.settings.ReaderPreferences;
import org.sahifa.ui.settings.TypographyPanel;
import org.sahifa.ui.sidebar.EntitySidebar;
import org.sahifa.ui.sidebar.MentionNavigator;
import org.sahifa.ui.sidebar.QuotesPane;
import org.sahifa.ui.sidebar.SidebarColumn;
import org.sahifa.ui.startup.SahifaApp;
import org.sahifa.ui.startup.StartupProbe;

/** The reader window's content: toolbar, error banner, article, and the sidebar of entities and quotations. */
public final class MainWindow extends BorderPane {
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
    /** What the title bar says: the article's title, then the app's name. */
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();

    private TextDirection forcedDirection;
    private TypographyPanel typographyPanel;
    private PopOver typographyPopOver;
    // The rest of the window: built with it, or (see articleFirst) once the article has been drawn.
    private MentionNavigator mentions;
    private EntitySidebar entities;
    private QuotesPane quotes;
    private Banner banner;
    private FindBar findBar;
    private SaveAction saveAction;
    private PrintAction printAction;
    private ReaderToolbar toolbar;
    private SourceActions sources;
    private RecentListKeeper recentList;
    private LibraryPanel library;
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
    public static MainWindow articleFirst(
            ReaderViewModel model, I18n i18n, ReaderPreferences prefs, WindowServices services) {
        return new MainWindow(model, i18n, prefs, services, false);
    }

    private MainWindow(
            ReaderViewModel model, I18n i18n, ReaderPreferences prefs, WindowServices services, boolean whole) {
        this.model = model;
        this.i18n = i18n;
        this.prefs = prefs;
        this.services = services;
        getStyleClass().add("main-window");
        article = new ArticleView(i18n);
        // The fetcher (and its HTTP client) is made on first use, off the FX thread, not while the window is built.
        leadImages = new LeadImageLoader(
                article,
                prefs.showImagesProperty(),
                model.executor(),
                i18n,
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
    public boolean isComplete() {
        return complete;
    }

    /** Builds the toolbar, banner, find bar and sidebar, showing what the model already holds; does nothing twice. */
    public void completeWindow() {
        if (isComplete()) {
            return;
        }
        article.endPreview();
        mentions = new MentionNavigator(i18n, article);
        entities = new EntitySidebar(i18n, this::select);
        quotes = new QuotesPane(i18n, this::select, this::saveFile);
        banner = new Banner(i18n);
        findBar = new FindBar(i18n, article, model.analysisProperty());
        saveAction = new SaveAction(i18n, article::analysis, this::showMessage, banner::notice);
        printAction = new PrintAction(i18n, article::analysis, this::showMessage);
        sources = new SourceActions(model, services, this::window, i18n);
        library = new LibraryPanel(
                services.libraryFolder(),
                i18n,
                split,
                article,
                model::show,
                SahifaApp::analyzer,
                banner::notice,
                this::showMessage);
        ReaderToolbar.Actions actions = new ReaderToolbar.Actions(
                sources::chooseFile,
                this::openText,
                sources::reload,
                sources::openInBrowser,
                this::showTypography,
                findBar::open,
                () -> saveAction.chooseAndSave(window()),
                () -> printAction.print(window()),
                library::saveShown,
                library::toggle);
        toolbar = new ReaderToolbar(i18n, model, actions);
        toolbar.sidebarToggle().selectedProperty().addListener(o -> placeSidebar());
        toolbarSlot.getChildren().setAll(toolbar);
        placeSidebar();
        ((VBox) getTop()).getChildren().addAll(banner, findBar);
        sideSlot.getChildren().setAll(createSidePanel());
        recentList = new RecentListKeeper(services, toolbar);
        bindModel();
        recentList.refresh();
        addEventFilter(
                KeyEvent.KEY_PRESSED, new KeyboardShortcuts(actions, findBar, prefs, toolbar.urlField())::handle);
        addEventFilter(KeyEvent.KEY_PRESSED, library.highlights()::handleKey);
        DropTarget.install(this, model::open);
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
    public javafx.beans.property.ReadOnlyBooleanProperty leadImageLoadingProperty() {
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
    public boolean isSidebarShown() {
        return split.getItems().contains(sideSlot);
    }

    TextField urlField() {
        return toolbar.urlField();
    }

    /** Shows a message in the banner above the article (e.g. a failed save). */
    public void showMessage(String message) {
        banner.show(message);
    }

    public SaveAction saveAction() {
        return saveAction;
    }

    /** The library's part of the window: its view, saving, the link under the sidebar. */
    public LibraryPanel library() {
        return library;
    }

    /** The message shown in the banner, or null when it is hidden. */
    public String bannerMessage() {
        return banner.shownMessage();
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
        if (toolbar != null) {
            toolbar.offerSidebarToggle(narrow);
        }
        boolean show = !narrow || (toolbar != null && toolbar.sidebarToggle().isSelected());
        if (!show) {
            split.getItems().remove(sideSlot);
        } else {
            if (!isSidebarShown()) {
                split.getItems().add(sideSlot);
            }
            if (width > 0 && library != null && library.isShown()) {
                split.setDividerPositions(LibraryPanel.LIBRARY_FRACTION, 1 - SidebarColumn.startWidth(width) / width);
            } else if (width > 0) {
                split.setDividerPositions(1 - SidebarColumn.startWidth(width) / width);
            }
        }
    }

    private Node createSidePanel() {
        return new SidebarColumn(mentions, entities, quotes, library.elsewhereLink(), i18n);
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
            library.forgetName();
            showFindings(analysis);
            if (analysis != null) {
                offerAllText(analysis);
                recentList.remember(analysis);
                showSource(analysis);
            }
        });
        // An article opened before the window was complete (the one Sahifa was started with) counts too.
        if (model.analysisProperty().get() != null) {
            offerAllText(model.analysisProperty().get());
            recentList.remember(model.analysisProperty().get());
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
        prefs.paragraphSpacingProperty()
                .addListener(o -> article.setParagraphSpacing(
                        prefs.paragraphSpacingProperty().get()));
        prefs.columnWidthProperty()
                .addListener(o ->
                        article.setMaxColumnWidth(prefs.columnWidthProperty().get()));
        prefs.justifiedProperty()
                .addListener(o -> article.setJustified(prefs.justifiedProperty().get()));
        prefs.hideDiacriticsProperty()
                .addListener(o -> article.setDisplayOptions(prefs.displayOptions(forcedDirection)));
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
    public void setForcedDirection(TextDirection direction) {
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
        if (library != null) {
            library.highlights().articleShown(analysis);
        }
        leadImages.show(analysis.article());
        showTitle(analysis);
    }

    /** Says what is open: its address or file in the address field (not the bundled sample's inner name). */
    private void showSource(Analysis analysis) {
        String source = analysis.article().source();
        toolbar.urlField().setText(source == null || BundledSample.SOURCE.equals(source) ? "" : source);
    }

    /** The title bar names the article open, before the app's name. */
    private void showTitle(Analysis analysis) {
        String title = analysis == null ? null : analysis.article().title();
        windowTitle.set(
                title == null || title.isBlank()
                        ? i18n.get("app.title")
                        : i18n.get("window.title", Isolated.in(title.strip(), i18n)));
    }

    /** A page that is not an article: the banner says so and offers all its text. */
    private void offerAllText(Analysis analysis) {
        if (!analysis.article().readerable()) {
            String source = analysis.article().source();
            banner.show(
                    i18n.get("banner.not.article"), i18n.get("banner.show.anyway"), () -> model.openAllText(source));
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
        library.nameChosen(entity);
    }

    /** A quotation chosen: shown, and the name chosen before (its highlights and its counter) let go. */
    private void select(Quote quote) {
        entities.clearSelection();
        article.highlightMentions(List.of());
        mentions.clear();
        library.forgetName();
        article.reveal(
                quote.block(),
                quote.start(),
                quote.endBlock() == quote.block()
                        ? quote.end()
                        : article.analysis()
                                .article()
                                .blocks()
                                .get(quote.block())
                                .text()
                                .length());
    }

    /** Opens what the user typed or pasted, if anything. */
    void openText(String text) {
        if (text != null && !text.isBlank()) {
            model.open(text.strip());
        }
    }

    /** Writes text to a file in the background; a failure shows in the banner. */
    void saveFile(String content, java.io.File file) {
        services.background().execute(() -> {
            try {
                TextFiles.writeAtomically(file.toPath(), content);
            } catch (IOException e) {
                javafx.application.Platform.runLater(
                        () -> showMessage(i18n.get("error.save", Isolated.in(file.getName(), i18n))));
            }
        });
    }
}
