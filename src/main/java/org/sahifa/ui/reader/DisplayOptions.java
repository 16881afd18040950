package org.sahifa.ui.reader;

import org.sahifa.model.Block;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DigitStyle;

/**
 * How blocks are shown, beyond the font: diacritics, digit forms, a direction forced on the whole article.
 *
 * @param forcedDirection the article's direction override, or null to take each block's own
 */
public record DisplayOptions(boolean hideDiacritics, DigitStyle digits, TextDirection forcedDirection) {
    public static final DisplayOptions DEFAULT = new DisplayOptions(false, DigitStyle.AS_WRITTEN, null);

    TextDirection directionOf(Block block) {
        return forcedDirection != null ? forcedDirection : block.dir();
    }
}
