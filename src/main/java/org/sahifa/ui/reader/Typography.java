package org.sahifa.ui.reader;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.sahifa.model.BlockType;
import org.sahifa.ui.AppFonts;

/** Font and spacing of the reading text. Sizes are in pixels; headings and captions scale from the body size. */
public record Typography(String family, double size, double lineSpacing) {
    public static final Typography DEFAULT = new Typography(AppFonts.READING_FAMILY, 21, 0.45);
    static final double HEADING_SCALE = 1.25;
    static final double CAPTION_SCALE = 0.82;

    /** The font for a kind of block. */
    public Font fontFor(BlockType type) {
        return switch (type) {
            case HEADING -> Font.font(family, FontWeight.BOLD, size * HEADING_SCALE);
            case CAPTION -> Font.font(family, size * CAPTION_SCALE);
            default -> Font.font(family, size);
        };
    }

    /** Extra space between lines, in pixels, for a font of the given size. */
    public double lineGap(double fontSize) {
        return fontSize * lineSpacing;
    }
}
