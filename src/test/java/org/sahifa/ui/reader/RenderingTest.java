package org.sahifa.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
public class RenderingTest {
    /** Arabic, a Latin name, digits and quotation marks in one paragraph. */
    static final String MIXED = "قال الباحث الفرنسي Jean-Luc Moreau في تونس إن المهرجان استقبل 30 ألف زائر عام 2024، "
            + "وأضاف أن طلابه في Lyon باتوا يطلبون دروسا في الخط، قائلا: “تعلمت هذه اللغة من أجل الخط ولم أندم يوما” "
            + "أمام 120 فنانا من 18 بلدا.";
    /**
     * Arabic paragraphs with words of a script the reading font lacks, drawn by another font (issue 15 §1), and a
     * paragraph all in Hebrew. Each keeps digits and punctuation around the foreign words, where order goes wrong.
     */
    static final Map<String, String> OTHER_SCRIPTS = new LinkedHashMap<>();

    static {
        OTHER_SCRIPTS.put(
                "Hebrew",
                "وقال إن عبارة שלום עולם تعني السلام على العالم، وقد كتبها 120 طالبا في القدس عام 2024 على لوح كبير.");
        OTHER_SCRIPTS.put(
                "Syriac",
                "وكتب الراهب عبارة ܫܠܡܐ ܥܠܡܐ على جدار الدير قرب الموصل عام 1890، ثم نقلها 12 باحثا إلى كتبهم.");
        OTHER_SCRIPTS.put(
                "Thaana",
                "وفي جزر المالديف تكتب التحية ސަލާމް ދުނިޔެ بحروف ثانا منذ 400 عام، ويتعلمها التلاميذ في سن 6 سنوات.");
        OTHER_SCRIPTS.put(
                "Devanagari",
                "وقال الضيف الهندي नमस्ते दुनिया ثم أكمل حديثه بالعربية أمام 40 طالبا في قاعة المعهد عام 2023.");
        OTHER_SCRIPTS.put("CJK", "وكتب الخطاط الصيني 你好世界 و東京 بجانب اسمه العربي في معرض 2023 الذي زاره 5000 شخص.");
        OTHER_SCRIPTS.put(
                "emoji", "أعجب القراء بالمقال 👍 وأرسلوا 300 تعليق 🎉 خلال يوم واحد، ثم شاركه 40 موقعا ❤ آخر.");
        OTHER_SCRIPTS.put(
                "mixed",
                "عبارة שלום و नमस्ते و 你好 و ܫܠܡܐ و ސަލާމް 👍 كلها تحية في 5 لغات، قالها Jean Moreau عام 2024.");
        OTHER_SCRIPTS.put(
                "Hebrew only",
                "הפסטיבל נפתח בירושלים בשנת 2024 עם 120 אמנים מ-18 מדינות, ואמר המנהל שזה גשר בין שתי גדות הים.");
    }

    static final double SHAPED_RATIO_LIMIT = 0.95;
    /** Share of a word's ink pixels that must coincide with the paragraph's pixels at the word's place. */
    static final double MIN_INK_OVERLAP = 0.6;
    /** A word: letters, marks and digits, or one symbol (an emoji). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\p{So}");

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

    static Stream<Arguments> otherScriptsAtEveryWidth() {
        return OTHER_SCRIPTS.keySet().stream()
                .flatMap(script -> IntStream.of(180, 260, 340, 450, 580, 760).mapToObj(w -> Arguments.of(script, w)));
    }

    @ParameterizedTest(name = "{0} at column width {1}")
    @MethodSource("otherScriptsAtEveryWidth")
    void wordsOfOtherScriptsRunInBidiOrderOnEveryLine(String script, int width) throws Exception {
        String text = OTHER_SCRIPTS.get(script);
        assertEquals(TextDirection.RTL, ScriptDirection.of(text), script);
        List<String> problems = FxThread.call(() -> checkWordOrder(text, TextDirection.RTL, width));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "column width {0}")
    @ValueSource(ints = {200, 320, 500})
    void anEnglishParagraphStaysLeftToRight(int width) throws Exception {
        String english =
                "“The festival is a bridge between two shores,” Moreau wrote about تونس in 2024 for 120 artists.";
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
    void aPersianHalfSpaceKeepsTheLettersApartWithoutAGap() throws Exception {
        double[] widths = FxThread.call(() -> new double[] {
            drawnWidth("میخواهم"),
            drawnWidth("می\u200Cخواهم"),
            drawnWidth("می خواهم"),
            drawnWidth("می") + drawnWidth("خواهم")
        });
        assertTrue(
                widths[0] < widths[1] && widths[1] < widths[2],
                "«می‌خواهم» must be wider than joined «میخواهم» and narrower than spaced «می خواهم»: "
                        + java.util.Arrays.toString(widths));
        // No gap at all: as wide as its two halves side by side (drawing U+202F for it added 4.2 px at 21 px).
        assertEquals(widths[3], widths[1], 0.5, "«می‌خواهم» against «می» + «خواهم»");
    }

    @Test
    void aPersianParagraphRunsInBidiOrder() throws Exception {
        String persian =
                "من می\u200Cخواهم این نامه\u200Cها را در کتاب\u200Cخانه\u200Cی شهر بخوانم، و ۱۲ کتاب دیگر هم بخرم.";
        for (int width : new int[] {180, 340}) {
            List<String> problems = FxThread.call(() -> checkWordOrder(persian, TextDirection.RTL, width));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    @ParameterizedTest(name = "column width {0}")
    @ValueSource(ints = {260, 340, 450})
    void justifiedLinesButTheLastTouchBothEdgesOfTheColumn(int width) throws Exception {
        List<String> problems = FxThread.call(() -> {
            List<String> out = new ArrayList<>();
            for (boolean justified : new boolean[] {true, false}) {
                ParagraphNode node = layOut(MIXED, TextDirection.RTL, width);
                node.setJustified(justified);
                node.getScene().getRoot().layout();
                Image image = node.getScene().getRoot().snapshot(whiteBackground(), null);
                Bounds column = node.localToScene(node.getLayoutBounds());
                int ragged = 0;
                for (int i = 0; i < node.lineCount(); i++) {
                    double[] ink = inkEdges(image, node.localToScene(node.lineBounds(i)));
                    boolean last = i == node.lineCount() - 1;
                    boolean touches =
                            ink[0] - column.getMinX() <= EDGE_TOLERANCE && column.getMaxX() - ink[1] <= EDGE_TOLERANCE;
                    if (justified && !last && !touches) {
                        out.add("justified line " + i + " has ink from " + ink[0] + " to " + ink[1] + " in a column "
                                + column.getMinX() + ".." + column.getMaxX());
                    }
                    if (last && touches) {
                        out.add((justified ? "justified" : "ragged") + " last line " + i + " fills the column");
                    }
                    if (!last && !touches) {
                        ragged++;
                    }
                }
                if (!justified && ragged == 0) {
                    out.add("without justification every line touches both edges: the check cannot tell them apart");
                }
                if (!justified
                        && column.getMaxX() - inkEdges(image, node.localToScene(node.lineBounds(0)))[1]
                                > EDGE_TOLERANCE) {
                    out.add("a right-to-left line does not start at the right edge");
                }
            }
            return out;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Pixels an ink edge may stay inside the column: glyph side bearings. */
    static final double EDGE_TOLERANCE = 3;

    /** Leftmost and rightmost ink pixel in the band of a line. */
    static double[] inkEdges(Image image, Bounds band) {
        PixelReader p = image.getPixelReader();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int y = (int) Math.max(0, band.getMinY()); y < Math.min(image.getHeight(), band.getMaxY()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isInk(p.getColor(x, y))) {
                    min = Math.min(min, x);
                    max = Math.max(max, x + 1);
                }
            }
        }
        return new double[] {min, max};
    }

    /** Width of a one-line paragraph as drawn. */
    static double drawnWidth(String word) {
        ParagraphNode node = layOut(word, TextDirection.RTL, 1000);
        return node.lineBounds(0).getWidth();
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
        return layOut(text, dir, width, Typography.DEFAULT);
    }

    static ParagraphNode layOut(String text, TextDirection dir, double width, Typography typography) {
        ParagraphNode node = new ParagraphNode(new Block(BlockType.PARAGRAPH, text, dir), typography);
        node.setColumnWidth(width);
        StackPane root = new StackPane(new Group(node));
        root.setStyle("-fx-background-color: white; -fx-padding: 10;");
        new Scene(root);
        root.applyCss();
        // The scene took its size before the padding was styled: size the root to the styled content.
        root.resize(root.prefWidth(-1), root.prefHeight(-1));
        root.layout();
        node.drawnTexts().forEach(piece -> piece.setFill(Color.BLACK));
        return node;
    }

    static List<String> checkWordOrder(String text, TextDirection dir, double width) {
        ParagraphNode node = layOut(text, dir, width);
        Image paragraph = node.getScene().getRoot().snapshot(whiteBackground(), null);
        List<String> problems = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        double previousLineTop = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < node.lineCount(); i++) {
            joined.append(node.lineText(i)).append(' ');
            Bounds lineBox = node.localToScene(node.lineBounds(i));
            Bounds column = node.localToScene(node.getLayoutBounds());
            if (lineBox.getWidth() > width + 1
                    || lineBox.getMinX() < column.getMinX() - 1
                    || lineBox.getMaxX() > column.getMaxX() + 1) {
                problems.add("line " + i + " spans " + lineBox.getMinX() + ".." + lineBox.getMaxX() + " in a " + width
                        + " px column at " + column.getMinX() + ".." + column.getMaxX() + ": " + node.lineText(i));
            }
            if (lineBox.getMinY() <= previousLineTop) {
                problems.add("line " + i + " is not below the line before it");
            }
            previousLineTop = lineBox.getMinY();
            problems.addAll(checkLine(node, i, dir, paragraph, Typography.DEFAULT));
        }
        // A line may end inside a run of ideographs, where no space separates it from the next: compare without spaces.
        if (!joined.toString().replaceAll("\\s+", "").equals(text.replaceAll("\\s+", ""))) {
            problems.add("the lines do not hold the paragraph's text, in order: " + joined);
        }
        return problems;
    }

    /**
     * Words of one line, drawn in {@code typography}: found where the layout puts them, and in the visual order ICU's
     * bidi gives. Shared with the other views that draw text through a {@link ParagraphNode} (the quotations pane).
     */
    public static List<String> checkLine(
            ParagraphNode node, int lineIndex, TextDirection dir, Image paragraph, Typography typography) {
        String lineText = node.lineText(lineIndex);
        int offset = node.lineStart(lineIndex);
        // Levels are resolved over the whole paragraph, then each line is reordered on its own (UAX #9, 3.4).
        Bidi bidi = new Bidi(node.block().text(), dir == TextDirection.RTL ? Bidi.RTL : Bidi.LTR)
                .setLine(offset, offset + lineText.length());
        record Word(String text, int visualIndex, Bounds box) {}
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(lineText);
        while (m.find()) {
            words.add(new Word(
                    m.group(),
                    bidi.getVisualIndex(m.start()),
                    wordBoundsInScene(node, offset + m.start(), offset + m.end())));
        }
        List<String> problems = new ArrayList<>();
        for (Word w : words) {
            double overlap = inkOverlap(paragraph, w.box(), w.text(), dir, typography);
            if (overlap < MIN_INK_OVERLAP) {
                problems.add("line " + lineIndex + ": «" + w.text()
                        + "» is not drawn where the layout puts it (ink overlap " + overlap + ")");
            }
        }
        // The visual index of a right-to-left word's first letter is its right end: order words by their leftmost
        // letter.
        List<String> expected = words.stream()
                .sorted(Comparator.comparingInt(w -> visualStart(bidi, lineText, w.text(), w.visualIndex())))
                .map(Word::text)
                .toList();
        List<String> drawn = words.stream()
                .sorted(Comparator.comparingDouble(w -> w.box().getMinX()))
                .map(Word::text)
                .toList();
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

    /**
     * Share of the ink pixels of the word drawn alone (as a paragraph of its own, so in the same font) that are also
     * ink at the word's place in the paragraph (best of small shifts).
     */
    public static double inkOverlap(Image paragraph, Bounds box, String word, TextDirection dir) {
        return inkOverlap(paragraph, box, word, dir, Typography.DEFAULT);
    }

    public static double inkOverlap(
            Image paragraph, Bounds box, String word, TextDirection dir, Typography typography) {
        ParagraphNode aloneNode = layOut(word, dir, Math.ceil(box.getWidth()) + 4, typography);
        Bounds aloneBox = wordBoundsInScene(aloneNode, 0, word.length());
        Image wordImage = aloneNode.getScene().getRoot().snapshot(whiteBackground(), null);
        PixelReader w = wordImage.getPixelReader();
        PixelReader p = paragraph.getPixelReader();
        int wx0 = (int) Math.round(aloneBox.getMinX());
        int wy0 = (int) Math.round(aloneBox.getMinY());
        int ww = Math.min((int) Math.ceil(aloneBox.getWidth()), (int) wordImage.getWidth() - wx0);
        int wh = Math.min((int) Math.ceil(aloneBox.getHeight()), (int) wordImage.getHeight() - wy0);
        int x0 = (int) Math.round(box.getMinX());
        int y0 = (int) Math.round(box.getMinY());
        double best = 0;
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                int ink = 0;
                int both = 0;
                for (int y = 0; y < wh; y++) {
                    for (int x = 0; x < ww; x++) {
                        if (!isInk(w.getColor(wx0 + x, wy0 + y))) {
                            continue;
                        }
                        ink++;
                        int px = x0 + dx + x;
                        int py = y0 + dy + y;
                        if (px >= 0
                                && py >= 0
                                && px < paragraph.getWidth()
                                && py < paragraph.getHeight()
                                && isInk(p.getColor(px, py))) {
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

    public static SnapshotParameters whiteBackground() {
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
