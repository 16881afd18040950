package org.sahifa.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.FxThread;

/**
 * Checks that Arabic comes out shaped and in the right visual order, on the pixels JavaFX draws
 * (the two checks of the JavaFX Arabic notes).
 *
 * <ul>
 *   <li>Shaping: a word laid out whole is narrower than its letters laid out one by one (joined
 *       Arabic measured 0.57–0.84 of the letter sum; unjoined letters measure 1.0).</li>
 *   <li>Word order: each word is found at the place the layout gives it by matching the pixels of the
 *       word drawn alone, then the words on each line must run in the visual order that the Unicode
 *       bidi algorithm (ICU4J) gives for that line, and lines must run downwards.</li>
 * </ul>
 */
class RenderingTest {
    /** Arabic, a Latin name, digits and quotation marks in one paragraph. */
    static final String MIXED = "قال الباحث الفرنسي Jean-Luc Moreau في تونس إن المهرجان استقبل 30 ألف زائر عام 2024، "
            + "وأضاف أن طلابه في Lyon باتوا يطلبون دروسا في الخط، قائلا: “تعلمت هذه اللغة من أجل الخط ولم أندم يوما” "
            + "أمام 120 فنانا من 18 بلدا.";
    static final double SHAPED_RATIO_LIMIT = 0.95;
    /** Share of a word's ink pixels that must coincide with the paragraph's pixels at the word's place. */
    static final double MIN_INK_OVERLAP = 0.6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
        FxThread.call(() -> {
            AppFonts.load();
            // Other tests install a theme application-wide; these pixel checks want plain black text on white.
            javafx.application.Application.setUserAgentStylesheet(null);
            return null;
        });
    }

    @Test
    void arabicWordsAreShapedInTheBundledFont() throws Exception {
        Font font = FxThread.call(() -> Typography.DEFAULT.fontFor(BlockType.PARAGRAPH));
        assertEquals(AppFonts.READING_FAMILY, font.getFamily(), "the bundled Amiri must be the reading font");
        for (String word : List.of("الباحث", "المهرجان", "يطلبون", "تعلمت", "فنانا", "بلدا")) {
            double ratio = FxThread.call(() -> shapedRatio(word, font));
            assertTrue(ratio < SHAPED_RATIO_LIMIT, word + " is not joined: width ratio " + ratio);
        }
    }

    @Test
    void theShapingCheckTellsUnjoinedLettersApart() throws Exception {
        Font font = FxThread.call(() -> Typography.DEFAULT.fontFor(BlockType.PARAGRAPH));
        // Latin letters do not join: their word is as wide as its letters, so the check must not pass them.
        double ratio = FxThread.call(() -> shapedRatio("Moreau", font));
        assertTrue(ratio >= SHAPED_RATIO_LIMIT, "Latin letters measured as joined: " + ratio);
    }

    @ParameterizedTest(name = "column width {0}")
    @ValueSource(ints = {180, 260, 340, 450, 580, 760})
    void wordsRunInBidiOrderOnEveryLine(int width) throws Exception {
        List<String> problems = FxThread.call(() -> checkWordOrder(MIXED, TextDirection.RTL, width));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "column width {0}")
    @ValueSource(ints = {200, 320, 500})
    void anEnglishParagraphStaysLeftToRight(int width) throws Exception {
        String english = "“The festival is a bridge between two shores,” Moreau wrote about تونس in 2024 for 120 artists.";
        assertEquals(TextDirection.LTR, ScriptDirection.of(english));
        List<String> problems = FxThread.call(() -> checkWordOrder(english, TextDirection.LTR, width));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "column width {0}")
    @ValueSource(ints = {200, 320, 500})
    void anArabicParagraphOpeningWithALatinNameStaysRightToLeft(int width) throws Exception {
        String text = "Jean-Luc Moreau قال في تونس إن المهرجان جسر بين ضفتين، وإن 30 ألف زائر حضروا دورته عام 2024.";
        assertEquals(TextDirection.RTL, ScriptDirection.of(text));
        List<String> problems = FxThread.call(() -> checkWordOrder(text, TextDirection.RTL, width));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void highlightsCoverTheirWords() throws Exception {
        String quote = "تعلمت هذه اللغة من أجل الخط ولم أندم يوما";
        int start = MIXED.indexOf(quote);
        List<String> problems = FxThread.call(() -> {
            ParagraphNode node = layOut(MIXED, TextDirection.RTL, 340);
            node.setHighlights(List.of(new ParagraphNode.Highlight(start, start + quote.length(), "quote-highlight")));
            node.getScene().getRoot().layout();
            Path path = node.highlightPaths().get(0);
            path.setFill(Color.YELLOW); // the theme's colour is not loaded here; contains() needs a fill
            List<String> out = new ArrayList<>();
            Matcher m = WORD.matcher(MIXED);
            while (m.find()) {
                Bounds word = wordBoundsInScene(node, m.start(), m.end());
                double cx = (word.getMinX() + word.getMaxX()) / 2;
                double cy = (word.getMinY() + word.getMaxY()) / 2;
                boolean inside = path.contains(path.sceneToLocal(cx, cy));
                boolean quoted = m.start() >= start && m.end() <= start + quote.length();
                if (inside != quoted) {
                    out.add((quoted ? "not highlighted: " : "highlighted by mistake: ") + m.group());
                }
            }
            return out;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Lays a paragraph out in a scene of its own, white background, as the article view would. */
    static ParagraphNode layOut(String text, TextDirection dir, double width) {
        ParagraphNode node = new ParagraphNode(new Block(BlockType.PARAGRAPH, text, dir), Typography.DEFAULT);
        node.setColumnWidth(width);
        StackPane root = new StackPane(new Group(node));
        root.setStyle("-fx-background-color: white; -fx-padding: 10;");
        new Scene(root);
        root.applyCss();
        root.layout();
        node.lineTexts().forEach(line -> line.setFill(Color.BLACK));
        return node;
    }

    static List<String> checkWordOrder(String text, TextDirection dir, double width) {
        ParagraphNode node = layOut(text, dir, width);
        Image paragraph = node.getScene().getRoot().snapshot(whiteBackground(), null);
        List<String> problems = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        double previousLineTop = Double.NEGATIVE_INFINITY;
        List<Text> lines = node.lineTexts();
        for (int i = 0; i < lines.size(); i++) {
            Text line = lines.get(i);
            joined.append(node.lineText(i)).append(' ');
            Bounds lineBox = line.localToScene(line.getLayoutBounds());
            if (lineBox.getWidth() > width + 1) {
                problems.add("line " + i + " is " + lineBox.getWidth() + " px wide in a " + width + " px column: " + line.getText());
            }
            if (lineBox.getMinY() <= previousLineTop) {
                problems.add("line " + i + " is not below the line before it");
            }
            previousLineTop = lineBox.getMinY();
            problems.addAll(checkLine(node, i, dir, paragraph));
        }
        if (!joined.toString().replaceAll("\\s+", " ").strip().equals(text.replaceAll("\\s+", " ").strip())) {
            problems.add("the lines do not hold the paragraph's text, in order: " + joined);
        }
        return problems;
    }

    /** Words of one line: found where the layout puts them, and in the visual order ICU's bidi gives. */
    private static List<String> checkLine(ParagraphNode node, int lineIndex, TextDirection dir, Image paragraph) {
        Text line = node.lineTexts().get(lineIndex);
        String lineText = node.lineText(lineIndex);
        int offset = node.lineStart(lineIndex);
        Bidi bidi = new Bidi(lineText, dir == TextDirection.RTL ? Bidi.RTL : Bidi.LTR);
        record Word(String text, int visualIndex, Bounds box) {
        }
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(lineText);
        while (m.find()) {
            words.add(new Word(m.group(), bidi.getVisualIndex(m.start()), wordBoundsInScene(node, offset + m.start(), offset + m.end())));
        }
        List<String> problems = new ArrayList<>();
        for (Word w : words) {
            double overlap = inkOverlap(paragraph, w.box(), w.text(), line.getFont());
            if (overlap < MIN_INK_OVERLAP) {
                problems.add("line " + lineIndex + ": «" + w.text() + "» is not drawn where the layout puts it (ink overlap " + overlap + ")");
            }
        }
        // The visual index of a right-to-left word's first letter is its right end: order words by their leftmost letter.
        List<String> expected = words.stream().sorted(Comparator.comparingInt(w -> visualStart(bidi, lineText, w.text(), w.visualIndex()))).map(Word::text).toList();
        List<String> drawn = words.stream().sorted(Comparator.comparingDouble(w -> w.box().getMinX())).map(Word::text).toList();
        if (!expected.equals(drawn)) {
            problems.add("line " + lineIndex + " drawn left to right as " + drawn + " but bidi order is " + expected);
        }
        return problems;
    }

    /** The leftmost visual position among a word's characters. */
    private static int visualStart(Bidi bidi, String lineText, String word, int firstCharVisual) {
        int logical = bidi.getLogicalIndex(firstCharVisual);
        int min = Integer.MAX_VALUE;
        for (int i = logical; i < logical + word.length(); i++) {
            min = Math.min(min, bidi.getVisualIndex(i));
        }
        return min;
    }

    static Bounds wordBoundsInScene(ParagraphNode node, int start, int end) {
        return node.localToScene(node.boundsOf(start, end));
    }

    /** Share of the ink pixels of the word drawn alone that are also ink at the word's place in the paragraph (best of small shifts). */
    static double inkOverlap(Image paragraph, Bounds box, String word, Font font) {
        Text alone = new Text(word);
        alone.setFont(font);
        alone.setFill(Color.BLACK);
        Image wordImage = new Group(alone).snapshot(whiteBackground(), null);
        PixelReader w = wordImage.getPixelReader();
        PixelReader p = paragraph.getPixelReader();
        int ww = (int) wordImage.getWidth();
        int wh = (int) wordImage.getHeight();
        int x0 = (int) Math.round(box.getMinX());
        int y0 = (int) Math.round(box.getMinY());
        double best = 0;
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                int ink = 0;
                int both = 0;
                for (int y = 0; y < wh; y++) {
                    for (int x = 0; x < ww; x++) {
                        if (!isInk(w.getColor(x, y))) {
                            continue;
                        }
                        ink++;
                        int px = x0 + dx + x;
                        int py = y0 + dy + y;
                        if (px >= 0 && py >= 0 && px < paragraph.getWidth() && py < paragraph.getHeight() && isInk(p.getColor(px, py))) {
                            both++;
                        }
                    }
                }
                if (ink > 0) {
                    best = Math.max(best, both / (double) ink);
                }
            }
        }
        return best;
    }

    private static boolean isInk(Color c) {
        return c.getBrightness() < 0.5;
    }

    private static SnapshotParameters whiteBackground() {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return params;
    }

    /** Width of the word laid out whole divided by the sum of its letters laid out one by one. */
    static double shapedRatio(String word, Font font) {
        Text whole = new Text(word);
        whole.setFont(font);
        double letters = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            Text letter = new Text(new String(Character.toChars(cp)));
            letter.setFont(font);
            letters += letter.getLayoutBounds().getWidth();
            i += Character.charCount(cp);
        }
        return whole.getLayoutBounds().getWidth() / letters;
    }
}
