package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Article;
import org.sahifa.model.Block;

/**
 * Issue 18 §3: each pattern that could backtrack without bound, fed long runs of its own metacharacters. Before the
 * rewrite these overflowed the stack (a rule of 1,500 dashes) or ran for minutes (300 KB of {@code [} and
 * {@code ](}); the guard here is generous, it catches a hang, not a slow run.
 */
class PatternRobustnessTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static <T> T guarded(Supplier<T> work) {
        return assertTimeoutPreemptively(HANG_GUARD, work::get);
    }

    private static List<String> texts(Article article) {
        return article.blocks().stream().map(Block::text).toList();
    }

    @Test
    void aLongMarkdownRuleSeparatesParagraphs() {
        for (int dashes : new int[] {3, 1_500, 200_000}) {
            Article a = guarded(
                    () -> MarkdownExtractor.extract("فقرة أولى.\n\n" + "-".repeat(dashes) + "\n\nفقرة ثانية.", "t.md"));
            assertEquals(List.of("فقرة أولى.", "فقرة ثانية."), texts(a), dashes + " dashes");
        }
        assertTrue(MarkdownExtractor.isRule("  * * *"));
        assertTrue(MarkdownExtractor.isRule("_ _\t_   "));
        assertFalse(MarkdownExtractor.isRule("-- x"));
        assertFalse(MarkdownExtractor.isRule("    ---"), "four spaces make code, not a rule");
        assertFalse(MarkdownExtractor.isRule("-*-"));
    }

    @Test
    void bracketsWithoutClosingMarksAreLinear() {
        String brackets = "[".repeat(100_000) + "](".repeat(100_000); // 300 KB
        Article a = guarded(() -> MarkdownExtractor.extract("نص " + brackets + " نهاية", "t.md"));
        assertTrue(texts(a).get(0).startsWith("نص ["), texts(a).toString().substring(0, 20));
        String images = "![](".repeat(100_000) + "[x][" + "<a".repeat(50_000) + "<http://".repeat(30_000);
        String plain = guarded(() -> MarkdownInline.toPlainText(images));
        assertTrue(plain.length() > images.length() / 2, "unclosed marks are kept as text");
    }

    @Test
    void emphasisRunsAreLinear() {
        String stars = guarded(
                () -> MarkdownInline.toPlainText("*أ ".repeat(100_000) + "*".repeat(50_000) + "`".repeat(50_000)));
        assertTrue(stars.startsWith("*أ *أ"));
        assertEquals("a", MarkdownInline.toPlainText("***a***"));
        String line = "*أ ".repeat(6_000); // under the line limit: every start is tried
        assertEquals(line, guarded(() -> MarkdownInline.toPlainText(line)));
    }

    @Test
    void inlineMarkupStillBecomesText() {
        assertEquals(
                "انظر النص و مهم جدا x https://a.example/ب [بلا إغلاق",
                MarkdownInline.toPlainText(
                        "انظر [النص](http://x.example/a?b=(c) و![صورة](a.png) **مهم** _جدا_ <b>x</b> "
                                + "<https://a.example/ب> [بلا إغلاق"));
        assertEquals("المرجع هنا", MarkdownInline.toPlainText("[المرجع][1] هنا"));
    }

    @Test
    void headingsListsAndQuotesWithLongRunsOfSpaces() {
        String spaces = " ".repeat(100_000);
        Article a = guarded(() -> MarkdownExtractor.extract(
                "# عنوان ##\n\nنص.\n\n## " + spaces + "x\u2028y\n\n- " + spaces + "بند\u2028\n\n>" + spaces
                        + "اقتباس\n\n[a]: " + "x".repeat(100_000) + "\u2028y\n\nآخر.",
                "t.md"));
        assertEquals("عنوان", a.title());
        assertTrue(texts(a).contains("آخر."));
    }

    @Test
    void captionSourceWithALongWordIsLinear() {
        String word = "(" + "ا".repeat(20_000);
        assertFalse(guarded(() -> PlainTextExtractor.isCaption(word)));
        assertTrue(PlainTextExtractor.isCaption("الرئيس في القاهرة أمس (رويترز)."));
        assertTrue(PlainTextExtractor.isCaption("صورة من الحدث (وكالة الأنباء الفرنسية)"));
        assertFalse(PlainTextExtractor.isCaption("صورة (من خمس كلمات في القوسين هنا)"));
    }

    @Test
    void separatorsAreTrimmedInLinearTime() {
        String runs = "-".repeat(500_000) + "x" + " |".repeat(200_000);
        assertEquals("x", guarded(() -> MetadataReader.trimSeparators(runs)));
        assertEquals("سامر الحلبي", MetadataReader.trimSeparators(" | سامر الحلبي — "));
    }
}
