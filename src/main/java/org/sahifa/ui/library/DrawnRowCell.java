package org.sahifa.ui.library;

import java.util.List;
import javafx.scene.control.ListCell;
import org.sahifa.model.TextDirection;
import org.sahifa.ui.I18n;
import org.sahifa.ui.Mirroring;

/**
 * A list cell that shows its item as a {@link DrawnListRow} broken at the list's width (made anew when the width
 * changes): the highlights list and the names tab's details list. The cell is mirrored in a right-to-left interface,
 * the list is not (docs/decisions/0004). Subclasses say which lines an item shows and may add a context menu.
 */
abstract class DrawnRowCell<T> extends ListCell<T> {
    /** Room the list's padding and scroll bar take from its width. */
    static final double INSET = 36;

    private final I18n i18n;

    DrawnRowCell(I18n i18n) {
        this.i18n = i18n;
        Mirroring.mirror(this, i18n);
        setPrefWidth(0); // wrap to the list's width instead of widening it
    }

    /** The lines {@code item} is drawn with, the first in its own direction. */
    abstract List<String> linesOf(T item);

    /** Called after the row is drawn; a cell with a context menu sets it here. */
    void shown(T item) {}

    @Override
    protected final void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        TextDirection interfaceDirection = i18n.isRightToLeft() ? TextDirection.RTL : TextDirection.LTR;
        setGraphic(new DrawnListRow(
                linesOf(item), interfaceDirection, getListView().getWidth() - INSET));
        shown(item);
    }
}
