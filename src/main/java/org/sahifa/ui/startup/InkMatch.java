package org.sahifa.ui.startup;

import java.awt.image.BufferedImage;

/**
 * How well the ink of two images of the same text agrees, whatever their colours and small offsets: the share of
 * each image's ink that has ink of the other within {@value #TOLERANCE_PX} px, once both are cut to their ink and
 * the best of a few small shifts is taken (the smaller of the two shares). The same glyphs drawn by two renderers
 * score near 1; other glyphs in the same advances score far lower (figures in docs/rendering.md).
 */
final class InkMatch {
    /** Distance within which ink counts as matched: absorbs hinting and sub-pixel placement. */
    static final int TOLERANCE_PX = 1;
    /** Shifts tried in each direction after the ink boxes are aligned. */
    static final int MAX_SHIFT_PX = 3;
    /** Brightness difference from the background that counts as ink (0–255). */
    static final int INK_CONTRAST = 96;
    /** Width of one compared slice, in heights of the ink box. */
    static final double SLICE_HEIGHTS = 1;

    private InkMatch() {}

    /**
     * The agreement of the two images' ink, 0 to 1 (0 when either has no ink). The text is compared in vertical
     * slices about one ink height wide ({@link #SLICE_HEIGHTS}), each aligned on its own: JavaFX and Java2D may place
     * a word a few pixels apart (the sample's right two-line title scored 0.62–0.74 aligned once and passes in slices;
     * mixed-article's title 0.90 → 0.996, its scrambled run 0.41 → 0.45); wrong glyphs stay wrong in every slice.
     */
    static double score(BufferedImage drawn, BufferedImage reference) {
        return score(drawn, reference, MAX_SHIFT_PX);
    }

    /** {@link #score(BufferedImage, BufferedImage)} with slices shifted sideways by up to {@code maxShiftX} px. */
    static double score(BufferedImage drawn, BufferedImage reference, int maxShiftX) {
        long[][] slices = slices(drawn, reference, maxShiftX);
        return slices.length == 0 ? 0 : agreement(slices, 0, slices.length);
    }

    /** The whole agreement of two images and that of their worst window of neighbouring slices. */
    record Scores(double whole, double worstWindow) {}

    /**
     * The whole agreement ({@link #score(BufferedImage, BufferedImage, int)}) and the lowest agreement of {@code
     * window} neighbouring slices (all of them when there are fewer): a few wrong words in a long line lower its whole
     * score only a little, but the slices around them far more. Both 0 when either image has no ink.
     */
    static Scores scores(BufferedImage drawn, BufferedImage reference, int window, int maxShiftX) {
        long[][] slices = slices(drawn, reference, maxShiftX);
        if (slices.length == 0) {
            return new Scores(0, 0);
        }
        int size = Math.min(window, slices.length);
        double worst = 1;
        for (int from = 0; from + size <= slices.length; from++) {
            worst = Math.min(worst, agreement(slices, from, from + size));
        }
        return new Scores(agreement(slices, 0, slices.length), worst);
    }

    /** The agreement of slices [from, to): the smaller share of matched ink, each image's ink summed over them. */
    private static double agreement(long[][] slices, int from, int to) {
        long[] totals = new long[4];
        for (int s = from; s < to; s++) {
            for (int k = 0; k < 4; k++) {
                totals[k] += slices[s][k];
            }
        }
        return Math.min(share(new long[] {totals[0], totals[1]}), share(new long[] {totals[2], totals[3]}));
    }

    /**
     * Each slice's {ink of drawn, of it matched, ink of reference, of it matched} at the slice's best shift; no slices
     * when either image has no ink.
     */
    private static long[][] slices(BufferedImage drawn, BufferedImage reference, int maxShiftX) {
        boolean[][] a = trim(ink(drawn));
        boolean[][] b = trim(ink(reference));
        if (a.length == 0 || b.length == 0) {
            return new long[0][];
        }
        int widthA = a[0].length;
        int widthB = b[0].length;
        int slices = Math.max(1, (int) Math.round(widthA / (SLICE_HEIGHTS * (double) a.length)));
        long[][] result = new long[slices][];
        for (int s = 0; s < slices; s++) {
            int fromA = s * widthA / slices;
            int toA = (s + 1) * widthA / slices;
            int fromB = s * widthB / slices;
            int toB = (s + 1) * widthB / slices;
            double bestScore = -1;
            for (int dy = -MAX_SHIFT_PX; dy <= MAX_SHIFT_PX; dy++) {
                for (int dx = -maxShiftX; dx <= maxShiftX; dx++) {
                    int offset = fromA - fromB + dx;
                    long[] ab = covered(a, fromA, toA, b, offset, dy);
                    long[] ba = covered(b, fromB, toB, a, -offset, -dy);
                    double score = Math.min(share(ab), share(ba));
                    if (score > bestScore) {
                        bestScore = score;
                        result[s] = new long[] {ab[0], ab[1], ba[0], ba[1]};
                    }
                }
            }
        }
        return result;
    }

    private static double share(long[] inkAndMatched) {
        return inkAndMatched[0] == 0 ? 1 : (double) inkAndMatched[1] / inkAndMatched[0];
    }

    /**
     * Ink of {@code a} in columns [from, to) and how much of it has ink of {@code b} nearby when {@code b} is moved by
     * (dx, dy): {ink, matched}.
     */
    private static long[] covered(boolean[][] a, int from, int to, boolean[][] b, int dx, int dy) {
        long ink = 0;
        long matched = 0;
        for (int y = 0; y < a.length; y++) {
            for (int x = from; x < to; x++) {
                if (a[y][x]) {
                    ink++;
                    if (near(b, x - dx, y - dy)) {
                        matched++;
                    }
                }
            }
        }
        return new long[] {ink, matched};
    }

    private static boolean near(boolean[][] image, int x, int y) {
        for (int j = y - TOLERANCE_PX; j <= y + TOLERANCE_PX; j++) {
            for (int i = x - TOLERANCE_PX; i <= x + TOLERANCE_PX; i++) {
                if (j >= 0 && j < image.length && i >= 0 && i < image[j].length && image[j][i]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Pixels far enough in brightness from the image's background (its top-left pixel). */
    static boolean[][] ink(BufferedImage image) {
        int background = brightness(image.getRGB(0, 0));
        boolean[][] ink = new boolean[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                ink[y][x] = Math.abs(brightness(image.getRGB(x, y)) - background) >= INK_CONTRAST;
            }
        }
        return ink;
    }

    /** How many ink pixels ({@link #ink}) each column of the image has. */
    static int[] columnCounts(BufferedImage image) {
        boolean[][] ink = ink(image);
        int[] counts = new int[image.getWidth()];
        for (boolean[] row : ink) {
            for (int x = 0; x < row.length; x++) {
                counts[x] += row[x] ? 1 : 0;
            }
        }
        return counts;
    }

    /** The first and last column with ink, or null when the image has none. */
    static int[] inkExtent(BufferedImage image) {
        int[] counts = columnCounts(image);
        int first = 0;
        while (first < counts.length && counts[first] == 0) {
            first++;
        }
        int last = counts.length - 1;
        while (last >= 0 && counts[last] == 0) {
            last--;
        }
        return first > last ? null : new int[] {first, last};
    }

    private static int brightness(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return (r * 299 + g * 587 + b * 114) / 1000;
    }

    /** The smallest box holding all the ink (an empty array when there is none). */
    private static boolean[][] trim(boolean[][] ink) {
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = 0; y < ink.length; y++) {
            for (int x = 0; x < ink[y].length; x++) {
                if (ink[y][x]) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        if (bottom < 0) {
            return new boolean[0][0];
        }
        boolean[][] box = new boolean[bottom - top + 1][];
        for (int y = top; y <= bottom; y++) {
            box[y - top] = java.util.Arrays.copyOfRange(ink[y], left, right + 1);
        }
        return box;
    }
}
