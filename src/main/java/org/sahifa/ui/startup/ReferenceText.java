package org.sahifa.ui.startup;

import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text drawn by Java2D from a bundled font file: shaping, glyph tables and rasteriser all apart from JavaFX's, so it
 * shows what a piece of text should look like even when JavaFX's own font state has gone wrong.
 */
final class ReferenceText {
    private static final Map<String, Optional<java.awt.Font>> FACES = new ConcurrentHashMap<>();

    private ReferenceText() {}

    /** The bundled file of a family's face ({@code /fonts/Amiri-Bold.ttf}), or empty when it is not bundled. */
    static Optional<java.awt.Font> face(String family, boolean bold) {
        String file = "/fonts/" + family.replace(" ", "") + (bold ? "-Bold" : "-Regular") + ".ttf";
        return FACES.computeIfAbsent(file, ReferenceText::read);
    }

    private static Optional<java.awt.Font> read(String file) {
        try (InputStream in = ReferenceText.class.getResourceAsStream(file)) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in));
        } catch (IOException | FontFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code text} in {@code face} at {@code sizePx}, black on white, laid out in the direction given. */
    static BufferedImage draw(String text, java.awt.Font face, double sizePx, boolean rightToLeft) {
        java.awt.Font font = face.deriveFont((float) sizePx);
        FontRenderContext context = new FontRenderContext(null, true, true);
        TextLayout layout = new TextLayout(
                text,
                Map.of(
                        TextAttribute.FONT,
                        font,
                        TextAttribute.RUN_DIRECTION,
                        rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR),
                context);
        int margin = (int) Math.ceil(sizePx / 2);
        int width = (int) Math.ceil(layout.getAdvance()) + 2 * margin;
        int height = (int) Math.ceil(layout.getAscent() + layout.getDescent()) + 2 * margin;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blackOnWhite(image);
        layout.draw(g, margin, margin + layout.getAscent());
        g.dispose();
        return image;
    }

    /** A pen on {@code image}, painted white, that draws black antialiased text with fractional metrics. */
    static Graphics2D blackOnWhite(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }
}
