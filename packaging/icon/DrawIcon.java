import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Sahifa icon: a sheet of paper with a folded corner, the letter Sad (ص, first letter of
 * صحيفة) in Amiri, and right-aligned lines standing for Arabic text.
 *
 * <p>Run from the repository root: {@code java packaging/icon/DrawIcon.java fonts/Amiri-Bold.ttf packaging/icons}.
 * Every size is drawn at its own resolution (not scaled down), and the smallest sizes leave out the text lines.
 */
public final class DrawIcon {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};
    /** Below this size the text lines turn into noise, so only the letter is drawn. */
    static final int MIN_SIZE_WITH_LINES = 48;

    static final Color PAPER_TOP = new Color(0xFF, 0xFB, 0xF0);
    static final Color PAPER_BOTTOM = new Color(0xF1, 0xE6, 0xCC);
    static final Color EDGE = new Color(0x8A, 0x6D, 0x3B);
    static final Color FOLD = new Color(0xDD, 0xCB, 0xA2);
    static final Color INK = new Color(0x0F, 0x5C, 0x55);
    static final Color LINE = new Color(0x5E, 0x55, 0x48);

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java DrawIcon.java FONT.ttf OUTPUT_DIR");
            System.exit(2);
        }
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(args[0]));
        File out = new File(args[1]);
        out.mkdirs();
        for (int size : SIZES) {
            ImageIO.write(draw(size, font), "png", new File(out, "sahifa-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size, Font font) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        // The page: a portrait sheet centred in the square, top-left corner folded (the reading side is the right).
        double margin = s * (size <= 16 ? 0.04 : 0.08);
        double pageW = s * (size <= 16 ? 0.86 : 0.76);
        double x0 = (s - pageW) / 2;
        double y0 = margin;
        double pageH = s - 2 * margin;
        double fold = pageW * 0.26;
        double radius = s * 0.05;
        Shape page = pageOutline(x0, y0, pageW, pageH, fold, radius);

        g.setPaint(new GradientPaint(0, (float) y0, PAPER_TOP, 0, (float) (y0 + pageH), PAPER_BOTTOM));
        g.fill(page);
        g.setColor(EDGE);
        g.setStroke(new BasicStroke((float) Math.max(1, s / 64), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(page);
        Path2D flap = new Path2D.Double();
        flap.moveTo(x0, y0 + fold);
        flap.lineTo(x0 + fold, y0 + fold);
        flap.lineTo(x0 + fold, y0);
        flap.closePath();
        g.setColor(FOLD);
        g.fill(flap);
        g.setColor(EDGE);
        g.draw(flap);

        boolean lines = size >= MIN_SIZE_WITH_LINES;
        // The letter: large and high on the page when there are text lines under it, filling the page otherwise.
        double letterBoxTop = y0 + pageH * (lines ? 0.13 : 0.16);
        double letterBoxHeight = pageH * (lines ? 0.45 : 0.72);
        drawLetter(g, font, "ص", x0 + pageW * 0.08, letterBoxTop, pageW * 0.84, letterBoxHeight);

        if (lines) {
            drawTextLines(g, x0, y0, pageW, pageH, s);
        }
        g.dispose();
        return image;
    }

    /** A rounded rectangle whose top-left corner is cut off diagonally, as if folded over. */
    static Shape pageOutline(double x, double y, double w, double h, double fold, double r) {
        Area area = new Area(new RoundRectangle2D.Double(x, y, w, h, 2 * r, 2 * r));
        Path2D corner = new Path2D.Double();
        corner.moveTo(x - 1, y - 1);
        corner.lineTo(x + fold, y - 1);
        corner.lineTo(x + fold, y);
        corner.lineTo(x, y + fold);
        corner.lineTo(x - 1, y + fold);
        corner.closePath();
        area.subtract(new Area(corner));
        return area;
    }

    /** Fits the glyph outline into the box, keeping its proportions, centred. */
    static void drawLetter(Graphics2D g, Font font, String letter, double x, double y, double w, double h) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        GlyphVector glyphs = font.deriveFont(100f)
                .layoutGlyphVector(frc, letter.toCharArray(), 0, letter.length(), Font.LAYOUT_RIGHT_TO_LEFT);
        Shape outline = glyphs.getOutline();
        Rectangle2D b = outline.getBounds2D();
        double scale = Math.min(w / b.getWidth(), h / b.getHeight());
        double dx = x + (w - b.getWidth() * scale) / 2 - b.getX() * scale;
        double dy = y + (h - b.getHeight() * scale) / 2 - b.getY() * scale;
        var transform = java.awt.geom.AffineTransform.getTranslateInstance(dx, dy);
        transform.scale(scale, scale);
        g.setColor(INK);
        g.fill(transform.createTransformedShape(outline));
    }

    /** Four lines of "text", flush right as Arabic is, the last one short like the end of a paragraph. */
    static void drawTextLines(Graphics2D g, double x0, double y0, double pageW, double pageH, double s) {
        double[] lengths = {0.80, 0.68, 0.76, 0.42};
        double right = x0 + pageW * 0.88;
        double top = y0 + pageH * 0.64;
        double step = pageH * 0.085;
        double thickness = Math.max(1.5, s * 0.028);
        g.setColor(LINE);
        for (int i = 0; i < lengths.length; i++) {
            double len = pageW * 0.76 * lengths[i];
            double y = top + i * step;
            g.fill(new RoundRectangle2D.Double(right - len, y, len, thickness, thickness, thickness));
        }
    }
}
