package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;

class MarkdownExtractorTest {
    private final Article article =
            MarkdownExtractor.extract(new String(Fixtures.bytes("article.md"), StandardCharsets.UTF_8), "a.md");
    private final String text = Fixtures.allText(article);

    @Test
    void firstHeadingIsTheTitleAndOthersAreHeadings() {
        assertEquals("معرض الكتاب يفتح أبوابه", article.title());
        List<String> headings = article.blocks().stream()
                .filter(b -> b.type() == BlockType.HEADING)
                .map(Block::text)
                .toList();
        assertEquals(List.of("ندوات وأمسيات", "عنوان فرعي بطريقة أخرى"), headings);
    }

    @Test
    void inlineMarkupBecomesPlainText() {
        assertTrue(
                text.contains("افتتح معرض الكتاب الدولي دورته الجديدة بمشاركة أكثر من مئتي دار نشر من عشرين بلدا."),
                text);
        assertTrue(text.contains("ندوات عن الترجمة وأمسيات"));
        assertFalse(text.contains("*") || text.contains("](") || text.contains("https://"), text);
    }

    @Test
    void captionQuoteAndListItems() {
        assertEquals(
                "زوار في جناح دور النشر العربية (الساحل)",
                Fixtures.firstOfType(article, BlockType.CAPTION).text());
        assertTrue(Fixtures.firstOfType(article, BlockType.BLOCKQUOTE).text().startsWith("الكتاب الورقي ما زال حيا"));
        assertEquals(
                3,
                article.blocks().stream()
                        .filter(b -> b.type() == BlockType.LISTITEM)
                        .count());
    }

    @Test
    void dropsCodeLinkDefinitionsAndTrailingBoilerplate() {
        assertFalse(text.contains("code that is not prose"));
        assertFalse(text.contains("footnote") || text.contains("[ref]"));
        assertFalse(text.contains("شاركها"));
        assertFalse(text.contains("-----"));
    }
}
