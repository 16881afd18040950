package org.sahifa.ui.library;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.library.Highlight;
import org.sahifa.ui.I18n;

/**
 * Changing a stored highlight, from the reader or from the library's list: its note edited in the note dialog, or the
 * highlight removed. The change is stored on the library's thread, then {@code changed} runs on the FX thread (the
 * list and the reader redraw from the store), and a notice says what was done.
 */
final class HighlightEditing {
    private final LibraryAccess access;
    private final I18n i18n;
    private final Consumer<String> notices;
    private Runnable changed = () -> {};

    HighlightEditing(LibraryAccess access, I18n i18n, Consumer<String> notices) {
        this.access = access;
        this.i18n = i18n;
        this.notices = notices;
    }

    /** What to run after a highlight changed, whoever changed it. */
    void setOnChanged(Runnable action) {
        changed = action;
    }

    /** Runs what follows a change, for a change made elsewhere (a new highlight). */
    void changed() {
        changed.run();
    }

    /** "Edit note…" and "Remove highlight" for {@code highlight}. */
    MenuItem[] menuItems(Highlight highlight, Node owner) {
        MenuItem edit = new MenuItem(i18n.get("highlight.edit"), new FontIcon("mdi2n-note-edit-outline"));
        edit.getStyleClass().add("highlight-edit");
        edit.setOnAction(e -> editNote(highlight, owner));
        MenuItem remove = new MenuItem(i18n.get("highlight.delete"), new FontIcon("mdi2d-delete-outline"));
        remove.getStyleClass().add("highlight-delete");
        remove.setOnAction(e -> delete(highlight));
        return new MenuItem[] {edit, remove};
    }

    /** Asks for the new note (the old one filled in), then stores it; Cancel changes nothing. */
    void editNote(Highlight highlight, Node owner) {
        NoteDialog.ask(i18n, "highlight.edit", highlight.note(), owner).ifPresent(note -> setNote(highlight, note));
    }

    void setNote(Highlight highlight, String note) {
        access.submit(library -> library.setHighlightNote(highlight.id(), note), done -> {
            changed.run();
            notices.accept(i18n.get("highlight.note.changed"));
        });
    }

    void delete(Highlight highlight) {
        access.submit(library -> library.deleteHighlight(highlight.id()), done -> {
            changed.run();
            notices.accept(i18n.get("highlight.deleted"));
        });
    }
}
