package org.sahifa.ui.startup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.I18n;
import org.sahifa.ui.MainWindow;
import org.sahifa.ui.ReaderHarness;
import org.sahifa.ui.ReaderViewModel;
import org.sahifa.ui.WindowServices;
import org.sahifa.ui.settings.ReaderPreferences;
import org.sahifa.ui.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshot's body check passes the lines and quotation highlights as the window draws them, at several widths,
 * in both interface languages and all three themes, and fails a line painted over by the same words in the wrong
 * order (two words swapped, a Latin name or number moved to the other end), by its words in another face, and a
 * highlight moved off its words; pages: mixed-article.html, mixed-quote.html and the bundled sample. Every score is appended to {@code target/body-check-scores.tsv}
 * (docs/rendering.md, "The body check").
 */
@ExtendWith(ApplicationExtension.class)
class BodyCheckTest {
    /** One pool for the class (see TitleCheckTest). */
    private static final ExecutorService background = Executors.newCachedThreadPool();

    private static final Path SCORES = Path.of("target/body-check-scores.tsv");
    private static final Path MIXED = Path.of("src/test/resources/ui/mixed-article.html");
    /** A highlighted quotation mixing Arabic with Latin names and numbers, over two lines. */
    private static final Path MIXED_QUOTE = Path.of("src/test/resources/ui/mixed-quote.html");

    private static final Path SAMPLE = Path.of("resources/sample/sample-article.html");
    /** A word with a Latin letter or a digit: what a wrong bidi order moves to the other end of a line. */
    private static final Pattern LATIN_OR_DIGITS = Pattern.compile("[\\p{IsLatin}\\p{Nd}][^\\s]*");

    /** What went wrong, gathered over every width, theme and page before the test fails (so every score is recorded). */
    private final List<String> failures = new ArrayList<>();

    private Stage stage;
    private Scene scene;
    private ReaderViewModel model;
    private ReaderPreferences prefs;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppFonts.load();
    }

    @AfterAll
    static void stop() {
        // let the last window's queued work (its recent list) reach the pool before the pool goes
        WaitForAsyncUtils.waitForFxEvents();
        background.shutdownNow();
    }

    @Test
    void rightLinesPassAndWrongOnesFailInEnglish(FxRobot robot) throws Exception {
        checkEveryWay(robot, Locale.ENGLISH);
    }

    @Test
    void rightLinesPassAndWrongOnesFailInArabic(FxRobot robot) throws Exception {
        checkEveryWay(robot, Locale.forLanguageTag("ar"));
    }

    private void checkEveryWay(FxRobot robot, Locale language) throws Exception {
        double widthBefore = stage.getWidth();
        try {
            for (Theme theme : Theme.values()) {
                for (Path page : List.of(MIXED, MIXED_QUOTE, SAMPLE)) {
                    showWindow(robot, language, theme);
                    ReaderHarness.loadAndWait(
                            robot, model, () -> model.open(page.toAbsolutePath().toString()));
                    for (int width : new int[] {1100, 800, 640}) {
                        String where = page.getFileName() + "\t" + language + "\t" + theme + "\t" + width;
                        checkAt(robot, width, where, page != SAMPLE);
                    }
                    // justified lines: the reference widens its gaps to the drawn line's width
                    robot.interact(() -> prefs.justifiedProperty().set(true));
                    String where = page.getFileName() + "\t" + language + "\t" + theme + "\tjustified-800";
                    checkAt(robot, 800, where, page != SAMPLE);
                }
            }
        } finally {
            robot.interact(() -> stage.setWidth(widthBefore));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    private void expect(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
        }
    }

    private void showWindow(FxRobot robot, Locale language, Theme theme) {
        robot.interact(() -> {
            I18n i18n = new I18n(language);
            model = new ReaderViewModel(SahifaApp::analyzer, background, i18n);
            prefs = new ReaderPreferences(null, Runnable::run);
            scene = ReaderHarness.showOn(stage, new MainWindow(model, i18n, prefs, WindowServices.NONE));
            theme.apply(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void checkAt(FxRobot robot, int width, String where, boolean hasQuote) throws IOException {
        robot.interact(() -> stage.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage[] shot = new BufferedImage[1];
        List<List<BodyLines.Line>> lines = new ArrayList<>();
        robot.interact(() -> {
            try {
                shot[0] = Screenshot.write(scene, dir.resolve("body.png"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            lines.add(BodyLines.visible(scene, shot[0].getWidth(), shot[0].getHeight()));
        });
        List<BodyLines.Line> shown = lines.get(0);
        BodyCheck.Result right = BodyCheck.check(shown, shot[0]);
        record(where, "right", right);
        assertFalse(right.lines().isEmpty(), "body lines were found and checked: " + where);
        expect(
                right.firstFailure().isEmpty(),
                where + ": " + right.firstFailure().orElse(""));
        if (hasQuote) {
            assertTrue(
                    right.lines().stream().anyMatch(l -> isMixed(l.text())),
                    "a line mixing Arabic with Latin letters or digits was checked: " + where);
            assertFalse(right.highlights().isEmpty(), "the quotation's highlight was checked: " + where);
            BodyCheck.Result moved = BodyCheck.check(withHighlightsMoved(shown), shot[0]);
            record(where, "highlight-moved", moved);
            expect(
                    moved.highlights().stream().allMatch(h -> h.score() < BodyCheck.MIN_HIGHLIGHT_SCORE),
                    "a highlight moved off its words fails: " + where + " " + moved.highlights());
        }
        BodyLines.Line arabic = shown.stream()
                .filter(l -> l.rightToLeft() && l.text().split(" ").length >= 4)
                .findFirst()
                .orElseThrow();
        assertFails(where, "swapped", arabic, withWordsSwapped(arabic), arabic.family(), shot[0]);
        assertFails(where, "other-face", arabic, arabic, AppFonts.SECOND_FAMILY, shot[0]);
        for (BodyLines.Line mixed :
                shown.stream().filter(l -> isMixed(l.text())).toList()) {
            BodyLines.Line moved = withLatinMoved(mixed);
            if (moved != null) {
                assertFails(where, "latin-moved", mixed, moved, mixed.family(), shot[0]);
            }
        }
    }

    /** Paints {@code drawn} (in {@code family}) over {@code line} in a copy of the shot and checks that it fails. */
    private void assertFails(
            String where, String how, BodyLines.Line line, BodyLines.Line drawn, String family, BufferedImage shot)
            throws IOException {
        BufferedImage wrong = paintedOver(shot, line, drawn, family);
        BodyCheck.Result result = BodyCheck.check(List.of(line), wrong);
        record(where, how, result);
        String opening = line.text().substring(0, Math.min(20, line.text().length()));
        expect(
                result.firstFailure().orElse("").contains(opening),
                how + " is named by its opening words at " + where + ": " + result.firstFailure());
        expect(
                result.lines().get(0).worst() < BodyCheck.MIN_LINE_SCORE,
                how + " fails at " + where + ": " + result.lines());
    }

    private static boolean isMixed(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                && LATIN_OR_DIGITS.matcher(text).find();
    }

    /** The line with its first two words swapped (the same characters, so the same width). */
    private static BodyLines.Line withWordsSwapped(BodyLines.Line line) {
        String[] words = line.text().split(" ", 3);
        String swapped = words[1] + " " + words[0] + (words.length > 2 ? " " + words[2] : "");
        return withText(line, swapped);
    }

    /** The line with its first word holding a Latin letter or a digit moved to the other end, or null if none moves. */
    private static BodyLines.Line withLatinMoved(BodyLines.Line line) {
        String text = line.text();
        Matcher m = LATIN_OR_DIGITS.matcher(text);
        if (!m.find()) {
            return null;
        }
        String rest = (text.substring(0, m.start()) + text.substring(m.end()))
                .replaceAll("\\s+", " ")
                .strip();
        boolean atStart = m.start() < text.length() - m.end();
        String moved = atStart ? rest + " " + m.group() : m.group() + " " + rest;
        return moved.equals(text) ? null : withText(line, moved);
    }

    private static BodyLines.Line withText(BodyLines.Line line, String text) {
        String paragraph = line.paragraph().substring(0, line.start())
                + text
                + line.paragraph().substring(line.end());
        return new BodyLines.Line(
                paragraph,
                line.rightToLeft(),
                line.start(),
                line.start() + text.length(),
                line.family(),
                line.bold(),
                line.size(),
                line.left(),
                line.top(),
                line.right(),
                line.bottom(),
                line.baseline(),
                line.marks());
    }

    /** The lines with each quotation's highlight moved by its own width towards the line's other words. */
    private static List<BodyLines.Line> withHighlightsMoved(List<BodyLines.Line> lines) {
        List<BodyLines.Line> moved = new ArrayList<>();
        for (BodyLines.Line l : lines) {
            List<BodyLines.Mark> marks = new ArrayList<>();
            for (BodyLines.Mark mark : l.marks()) {
                List<BodyLines.Columns> columns = new ArrayList<>();
                for (BodyLines.Columns c : mark.painted()) {
                    double width = c.right() - c.left();
                    // towards the side with more room
                    double shift = c.left() - l.left() > l.right() - c.right() ? -width : width;
                    columns.add(new BodyLines.Columns(c.left() + shift, c.right() + shift));
                }
                marks.add(new BodyLines.Mark(mark.start(), mark.end(), columns));
            }
            moved.add(new BodyLines.Line(
                    l.paragraph(),
                    l.rightToLeft(),
                    l.start(),
                    l.end(),
                    l.family(),
                    l.bold(),
                    l.size(),
                    l.left(),
                    l.top(),
                    l.right(),
                    l.bottom(),
                    l.baseline(),
                    marks));
        }
        return moved;
    }

    /**
     * A copy of the shot with {@code line}'s box filled with its background and {@code drawn}'s words drawn there by
     * Java2D in {@code family}, in the screenshot's own text colour.
     */
    private static BufferedImage paintedOver(
            BufferedImage shot, BodyLines.Line line, BodyLines.Line drawn, String family) {
        BufferedImage copy = new BufferedImage(shot.getWidth(), shot.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(shot, 0, 0, null);
        g.dispose();
        int left = (int) Math.floor(line.left());
        int top = (int) Math.floor(line.top());
        Color background = new Color(shot.getRGB(left - 2, top));
        Color ink = darkestFrom(shot, line, background);
        LineReference.Drawn glyphs = LineReference.draw(
                drawn.paragraph(),
                drawn.rightToLeft(),
                drawn.start(),
                drawn.end(),
                ReferenceText.face(family, drawn.bold()).orElseThrow(),
                drawn.size(),
                line.right() - line.left(),
                0,
                0);
        int margin = (int) Math.ceil(drawn.size() / 2);
        int originX = left - margin;
        int originY = (int) Math.round(line.baseline() - glyphs.ascent());
        for (int y = top; y < Math.ceil(line.bottom()); y++) {
            for (int x = left; x < Math.ceil(line.right()); x++) {
                int gx = x - originX;
                int gy = y - originY;
                double darkness = 0;
                if (gx >= 0
                        && gy >= 0
                        && gx < glyphs.image().getWidth()
                        && gy < glyphs.image().getHeight()) {
                    darkness = 1 - (glyphs.image().getRGB(gx, gy) & 0xff) / 255.0;
                }
                copy.setRGB(x, y, blend(background, ink, darkness).getRGB());
            }
        }
        return copy;
    }

    /** The colour farthest in brightness from the background within the line: its text colour. */
    private static Color darkestFrom(BufferedImage shot, BodyLines.Line line, Color background) {
        int best = background.getRGB();
        double bestDistance = -1;
        for (int y = (int) line.top(); y < line.bottom(); y++) {
            for (int x = (int) line.left(); x < line.right(); x++) {
                int rgb = shot.getRGB(x, y);
                double d = Math.abs(brightness(rgb) - brightness(background.getRGB()));
                if (d > bestDistance) {
                    bestDistance = d;
                    best = rgb;
                }
            }
        }
        return new Color(best);
    }

    private static double brightness(int rgb) {
        return ((rgb >> 16) & 0xff) * 0.299 + ((rgb >> 8) & 0xff) * 0.587 + (rgb & 0xff) * 0.114;
    }

    private static Color blend(Color from, Color to, double t) {
        return new Color(
                (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }

    /** Appends the scores to target/body-check-scores.tsv: where, what was drawn, line or highlight, score. */
    private static void record(String where, String how, BodyCheck.Result result) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (BodyCheck.LineScore l : result.lines()) {
            rows.append(String.format(
                    Locale.ROOT, "%s\t%s\tline\t%.3f\t%.3f\t%s%n", where, how, l.whole(), l.worst(), l.text()));
        }
        for (BodyCheck.HighlightScore h : result.highlights()) {
            rows.append(String.format(
                    Locale.ROOT, "%s\t%s\thighlight\t%.3f\t%.3f\t%s%n", where, how, h.score(), h.score(), h.text()));
        }
        Files.writeString(
                SCORES, rows.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
