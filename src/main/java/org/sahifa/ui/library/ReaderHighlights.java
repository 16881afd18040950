package org.sahifa.ui.library;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.library.Highlight;
import org.sahifa.library.Library;
import org.sahifa.library.LibraryException;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.ui.I18n;
import org.sahifa.ui.reader.ArticleView;
import org.sahifa.ui.reader.TextSelection;
import org.sahifa.ui.reader.TextSpan;

/**
 * Highlights in the reader: the text selected in the article is highlighted (context menu or Ctrl+H) with an optional
 * note, stored in the library (the article is saved first when it is not yet), and drawn with
 * {@link #STYLE_CLASS}; an article shown again gets its stored highlights drawn. Highlights are drawn only while the
 * article shown has the very blocks stored, since their offsets count in those blocks.
 */
public final class ReaderHighlights {
    public static final String STYLE_CLASS = "reader-highlight";
    static final KeyCombination HIGHLIGHT = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private static final Logger LOG = Logger.getLogger(ReaderHighlights.class.getName());

    private final LibraryAccess access;
    private final I18n i18n;
    private final ArticleView view;
    private final TextSelection selection;
    private final Consumer<String> notices;
    private final Runnable saved;
    private final HighlightExporter exporter;
    private final HighlightEditing editing;
    /** The article's context menu last shown, made anew each time (its items depend on the selection). */
    private ContextMenu menu;
    /** The highlights drawn on the article shown, to find the one under a right-click. */
    private List<Highlight> drawn = List.of();

    /**
     * @param saved runs on the FX thread after the article shown was saved to add a highlight to it
     * @param exporter writes the highlights of the article shown to a file the user chooses
     * @param editing changes or removes a stored highlight
     */
    ReaderHighlights(
            LibraryAccess access,
            I18n i18n,
            ArticleView view,
            Consumer<String> notices,
            Runnable saved,
            HighlightExporter exporter,
            HighlightEditing editing) {
        this.access = access;
        this.i18n = i18n;
        this.view = view;
        this.notices = notices;
        this.saved = saved;
        this.exporter = exporter;
        this.editing = editing;
        this.selection = new TextSelection(view);
        view.setOnContextMenuRequested(e -> {
            if (menu != null) {
                menu.hide();
            }
            TextSelection.Point point =
                    selection.pointAt(e.getPickResult().getIntersectedNode(), e.getSceneX(), e.getSceneY());
            menu = contextMenu(point == null ? Optional.empty() : highlightAt(point));
            menu.show(view, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** The drawn highlight that covers a point of the text, if any (the last one made, when several do). */
    Optional<Highlight> highlightAt(TextSelection.Point point) {
        Highlight found = null;
        for (Highlight h : drawn) {
            boolean afterStart = point.block() > h.block() || point.block() == h.block() && point.offset() >= h.start();
            boolean beforeEnd =
                    point.block() < h.endBlock() || point.block() == h.endBlock() && point.offset() <= h.end();
            if (afterStart && beforeEnd && (found == null || h.id() > found.id())) {
                found = h;
            }
        }
        return Optional.ofNullable(found);
    }

    public TextSelection selection() {
        return selection;
    }

    ContextMenu menu() {
        return menu;
    }

    private ContextMenu contextMenu(Optional<Highlight> under) {
        MenuItem highlight = new MenuItem(i18n.get("highlight.add"), new FontIcon("mdi2m-marker"));
        highlight.setOnAction(e -> highlightSelection());
        highlight.setDisable(selection.selection().isEmpty());
        MenuItem export = new MenuItem(i18n.get("highlight.export"), new FontIcon("mdi2f-file-export-outline"));
        export.setOnAction(e -> exporter.chooseAndExport(view.getScene().getWindow()));
        export.setDisable(view.analysis() == null);
        ContextMenu made = new ContextMenu(highlight, export);
        under.ifPresent(h -> {
            made.getItems().add(new SeparatorMenuItem());
            made.getItems().addAll(editing.menuItems(h, view));
        });
        return made;
    }

    /**
     * Ctrl+H highlights the selection, when there is one and no text field has the focus (there Ctrl+H belongs to
     * the field).
     */
    public void handleKey(KeyEvent event) {
        boolean typing = view.getScene() != null && view.getScene().getFocusOwner() instanceof TextInputControl;
        if (HIGHLIGHT.match(event) && !typing && selection.selection().isPresent()) {
            event.consume();
            highlightSelection();
        }
    }

    /** Asks for a note, then stores and draws a highlight of the selection; a notice says so when nothing is selected. */
    public void highlightSelection() {
        Optional<TextSpan> span = selection.selection();
        Analysis analysis = view.analysis();
        if (span.isEmpty() || analysis == null) {
            notices.accept(i18n.get("highlight.select.first"));
            return;
        }
        Optional<String> note = NoteDialog.ask(i18n, "highlight.add", null, view);
        if (note.isEmpty()) {
            return;
        }
        TextSpan s = span.get();
        boolean[] savedNow = {false};
        access.submit(
                library -> {
                    long id = storedIdOf(library, analysis.article()).orElse(-1L);
                    if (id < 0) {
                        id = library.save(
                                analysis,
                                SaveToLibrary.originalOf(analysis.article().source()));
                        savedNow[0] = true;
                    }
                    library.addHighlight(id, s.block(), s.start(), s.endBlock(), s.end(), note.get());
                    return library.highlights(id);
                },
                stored -> {
                    if (savedNow[0]) {
                        saved.run();
                    }
                    selection.clear();
                    drawIfShown(analysis.article(), stored);
                    editing.changed();
                    notices.accept(i18n.get("highlight.saved"));
                });
    }

    /** An article was shown: draws its stored highlights, if it is in the library with the same text. */
    public void articleShown(Analysis analysis) {
        if (analysis == null) {
            return;
        }
        Article article = analysis.article();
        // no library yet: nothing to draw, and opening one (index, database) would only cost the first article time;
        // whether there is one is asked on the library's thread (a file look-up has no place on the FX thread)
        access.submitIfExists(
                library -> {
                    Optional<Long> id = storedIdOf(library, article);
                    return id.isEmpty() ? List.<Highlight>of() : library.highlights(id.get());
                },
                List.<Highlight>of(),
                stored -> drawIfShown(article, stored));
    }

    /** Draws again the stored highlights of the article shown (after one was changed or removed). */
    void redraw() {
        articleShown(view.analysis());
    }

    /**
     * The library's id of an article whose stored blocks are the ones shown; empty when it is not saved, or saved with
     * other text (a page that changed since), whose highlights would fall in the wrong places.
     */
    static Optional<Long> storedIdOf(Library library, Article article) throws LibraryException {
        Optional<Long> id = library.idOf(article.source());
        if (id.isPresent()
                && !library.load(id.get())
                        .map(a -> a.article().blocks().equals(article.blocks()))
                        .orElse(false)) {
            LOG.info("The saved text of " + article.source()
                    + " differs from the one shown: its highlights are not drawn");
            return Optional.empty();
        }
        return id;
    }

    private void drawIfShown(Article article, List<Highlight> stored) {
        Analysis shown = view.analysis();
        if (shown == null
                || !Objects.equals(shown.article().source(), article.source())
                || !shown.article().blocks().equals(article.blocks())) {
            return;
        }
        drawn = List.copyOf(stored);
        view.setSpans(
                STYLE_CLASS,
                stored.stream()
                        .map(h -> new TextSpan(h.block(), h.start(), h.endBlock(), h.end()))
                        .toList());
    }
}
