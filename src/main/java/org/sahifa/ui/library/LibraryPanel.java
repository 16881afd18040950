package org.sahifa.ui.library;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.sahifa.analysis.Analyzer;
import org.sahifa.library.Highlight;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;
import org.sahifa.ui.I18n;
import org.sahifa.ui.reader.ArticleView;

/**
 * The library's part of the main window: saving the article shown, the library view that opens at the reader's side,
 * and the "in N other saved articles" link under the sidebar. The window only forwards its actions here.
 */
public final class LibraryPanel {
    /**
     * The library's own thread, shared by every window: library work is never interrupted (a load's Cancel interrupts
     * the reader's workers, and an interrupt inside Lucene's file I/O closes the index under it), and one thread keeps
     * the database's writes in order.
     */
    private static final Executor LIBRARY_THREAD = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "sahifa-library");
        thread.setDaemon(true);
        return thread;
    });

    /** Share of the window's width the library view takes when shown. */
    public static final double LIBRARY_FRACTION = 0.3;

    private final LibraryView view;
    private final SaveToLibrary saver;
    private final SavedElsewhereLink elsewhere;
    private final SplitPane split;
    private final Supplier<Analysis> shown;
    private final ReaderHighlights highlights;

    /**
     * @param split the window's article/sidebar split, where the view is shown first (at the reading start side)
     * @param article the reader's article view, where text is selected and highlights are drawn
     * @param open shows a saved analysis in the reader
     */
    public LibraryPanel(
            Path folder,
            I18n i18n,
            SplitPane split,
            ArticleView article,
            Consumer<Analysis> open,
            Supplier<Analyzer> analyzer,
            Consumer<String> notices,
            Consumer<String> errors) {
        LibraryAccess access = new LibraryAccess(folder, LIBRARY_THREAD, i18n, notices, errors);
        this.shown = article::analysis;
        HighlightExporter exporter = new HighlightExporter(access, i18n, shown, notices, errors);
        HighlightEditing editing = new HighlightEditing(access, i18n, notices);
        this.view = new LibraryView(
                access,
                i18n,
                open,
                analyzer,
                new LibraryView.HighlightParts(editing, exporter, (analysis, h) -> openAt(open, article, analysis, h)));
        this.saver = new SaveToLibrary(access, i18n, shown, notices);
        this.elsewhere = new SavedElsewhereLink(access, i18n, this::showEntity);
        this.split = split;
        this.highlights = new ReaderHighlights(access, i18n, article, notices, this::refreshIfShown, exporter, editing);
        editing.setOnChanged(() -> {
            highlights.redraw();
            view.refreshHighlights();
        });
        highlights.articleShown(article.analysis());
    }

    /** Shows a saved article and scrolls to a highlight in it (the reader draws the article first). */
    private static void openAt(Consumer<Analysis> open, ArticleView article, Analysis analysis, Highlight h) {
        open.accept(analysis);
        javafx.application.Platform.runLater(() -> {
            Analysis now = article.analysis();
            if (now != null && now.article().source().equals(h.source())) {
                int end = h.block() == h.endBlock()
                        ? h.end()
                        : now.article().blocks().get(h.block()).text().length();
                article.reveal(h.block(), h.start(), end);
            }
        });
    }

    public LibraryView view() {
        return view;
    }

    /** The link under the sidebar's lists. */
    public Node elsewhereLink() {
        return elsewhere;
    }

    public boolean isShown() {
        return split.getItems().contains(view);
    }

    /** Shows or hides the library view beside the reader, refreshing its list when it opens. */
    public void toggle() {
        if (split.getItems().remove(view)) {
            return;
        }
        double[] before = split.getDividerPositions();
        split.getItems().add(0, view);
        if (before.length == 1) {
            split.setDividerPositions(LIBRARY_FRACTION, LIBRARY_FRACTION + (1 - LIBRARY_FRACTION) * before[0]);
        } else {
            split.setDividerPositions(LIBRARY_FRACTION);
        }
        view.refresh();
    }

    /** Saves the article shown (Ctrl+D), then refreshes the view if it is open. */
    public void saveShown() {
        saver.save(id -> refreshIfShown());
    }

    private void refreshIfShown() {
        if (isShown()) {
            view.refresh();
        }
    }

    /** Highlights in the reader: selection, Ctrl+H, drawing the stored ones. */
    public ReaderHighlights highlights() {
        return highlights;
    }

    /** A sidebar name was chosen: offer the other saved articles that mention it. */
    public void nameChosen(Entity entity) {
        Analysis analysis = shown.get();
        elsewhere.showFor(entity, analysis == null ? null : analysis.article().source());
    }

    /** Another article is shown, or no name is chosen any more. */
    public void forgetName() {
        elsewhere.hide();
    }

    private void showEntity(String name) {
        if (!isShown()) {
            toggle();
        }
        view.showEntity(name);
    }
}
