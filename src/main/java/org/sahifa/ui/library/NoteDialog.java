package org.sahifa.ui.library;

import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;
import org.sahifa.ui.I18n;

/** The small dialog that asks for a highlight's note: empty when cancelled, a blank string for no note. */
final class NoteDialog {
    /** The style class of the note's field, for tests. */
    static final String FIELD_STYLE = "highlight-note";

    private NoteDialog() {}

    /**
     * @param titleKey the dialog's title in the bundle
     * @param initial the note already there (null for none)
     * @param owner any node of the window the dialog belongs to, or null
     */
    static Optional<String> ask(I18n i18n, String titleKey, String initial, Node owner) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.setTitle(i18n.get(titleKey));
        dialog.setHeaderText(i18n.get("highlight.note.header"));
        dialog.getEditor().setPromptText(i18n.get("highlight.note.prompt"));
        dialog.getEditor().getStyleClass().add(FIELD_STYLE);
        dialog.getDialogPane()
                .setNodeOrientation(
                        i18n.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        return dialog.showAndWait();
    }
}
