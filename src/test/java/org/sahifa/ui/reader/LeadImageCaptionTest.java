package org.sahifa.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.LeadImage;
import org.sahifa.model.TextDirection;

/** A lead image's caption is shown under it unless the article's text already opens with it. */
class LeadImageCaptionTest {
    private static final String CAPTION = "مدخل السوق الجديد صباح يوم الافتتاح";

    private static Article article(List<Block> blocks) {
        return new Article(
                "a.html",
                "عنوان",
                null,
                null,
                null,
                "ar",
                TextDirection.RTL,
                blocks,
                true,
                new LeadImage("https://example.org/a.jpg", CAPTION, null, 0, 0));
    }

    private static Block block(BlockType type, String text) {
        return new Block(type, text, TextDirection.RTL);
    }

    @Test
    void aCaptionNotInTheTextIsShown() {
        assertEquals(
                CAPTION, LeadImageLoader.captionToShow(article(List.of(block(BlockType.PARAGRAPH, "فقرة أولى.")))));
    }

    @Test
    void aCaptionTheTextOpensWithIsNotShownTwice() {
        assertNull(LeadImageLoader.captionToShow(
                article(List.of(block(BlockType.CAPTION, CAPTION), block(BlockType.PARAGRAPH, "فقرة.")))));
    }

    @Test
    void theSameWordsFarDownTheArticleDoNotCount() {
        List<Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < LeadImageLoader.CAPTION_REPEAT_WINDOW; i++) {
            blocks.add(block(BlockType.PARAGRAPH, "فقرة رقم " + i));
        }
        blocks.add(block(BlockType.CAPTION, CAPTION));
        assertEquals(CAPTION, LeadImageLoader.captionToShow(article(blocks)));
    }
}
