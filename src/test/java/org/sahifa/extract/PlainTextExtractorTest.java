package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;

class PlainTextExtractorTest {

    @Test
    void seedArticle() throws IOException {
        Path seed = Path.of(System.getProperty("sahifa.shared", "../shared"), "samples/seed-article.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "skipped: no seed article at " + seed.toAbsolutePath());
        Article article = PlainTextExtractor.extract(Files.readString(seed, StandardCharsets.UTF_8), seed.toString());

        assertNull(article.title(), "the seed opens with a paragraph, not a title");
        assertTrue(article.blocks().get(0).text().startsWith("اجتمع وزير الخارجية الروسي سيرغي لافروف"));
        List<Block> headings = article.blocks().stream()
                .filter(b -> b.type() == BlockType.HEADING)
                .toList();
        assertEquals(List.of("مخاوف مشتركة"), headings.stream().map(Block::text).toList());
        List<Block> captions = article.blocks().stream()
                .filter(b -> b.type() == BlockType.CAPTION)
                .toList();
        assertEquals(
                List.of("بوتين استقبل كيم جونغ أون الشهر الماضي (رويترز)"),
                captions.stream().map(Block::text).toList());
        Block last = article.blocks().get(article.blocks().size() - 1);
        assertTrue(last.text().startsWith("وأثارت القمة المخاوف الغربية"), last.text());
        assertEquals(TextDirection.RTL, article.dir());
        assertEquals("ar", article.lang());
    }

    @Test
    void titleSubheadingCaptionAndTrailingBoilerplate() {
        Article article = PlainTextExtractor.extract(
                new String(Fixtures.bytes("plain-with-title.txt"), StandardCharsets.UTF_8), "t");
        assertEquals("افتتاح خط قطار جديد بين المدينتين", article.title());
        assertEquals(
                "أسعار التذاكر",
                Fixtures.firstOfType(article, BlockType.HEADING).text());
        assertEquals(
                "ركاب ينتظرون القطار الأول في المحطة الرئيسية (الأناضول)",
                Fixtures.firstOfType(article, BlockType.CAPTION).text());
        assertEquals(6, article.blocks().size(), article.blocks().toString());
        String text = Fixtures.allText(article);
        assertFalse(text.contains("شارك"));
        assertFalse(text.contains("تعليق"));
        assertFalse(text.contains("النسخة الكاملة"));
    }

    @Test
    void firstLineThatIsASentenceIsNotATitle() {
        Article article = PlainTextExtractor.extract("قال الوزير إن الخطة جاهزة.\n\nوأضاف أن التنفيذ يبدأ غدا.", "t");
        assertNull(article.title());
        assertEquals(2, article.blocks().size());
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String line = "هذا سطر من نص مكسور عند عرض ثابت كما تحفظه بعض البرامج القديمة دون";
        String wrapped = (line + "\n").repeat(4) + "\n" + (line + "\n").repeat(4);
        Article article = PlainTextExtractor.extract(wrapped, "t");
        assertEquals(
                2,
                article.blocks().size() + (article.title() == null ? 0 : 1),
                article.blocks().toString());
    }

    @Test
    void trailingBoilerplateIsOnlyRemovedAtTheEnd() {
        Article article = PlainTextExtractor.extract(
                "نص أول طويل بما يكفي ليكون فقرة كاملة في المقال.\n\nشارك\n\nنص أخير طويل بما يكفي ليكون فقرة كاملة.\n\nExit mobile version",
                "t");
        assertTrue(Fixtures.allText(article).contains("شارك"));
        assertFalse(Fixtures.allText(article).contains("Exit mobile version"));
    }
}
