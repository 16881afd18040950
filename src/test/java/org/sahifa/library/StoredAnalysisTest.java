package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;

/** What the library stores reads back as the same analysis, texts of spans included. */
class StoredAnalysisTest {
    @Test
    void spansGetTheirTextsBackFromTheBlocksAndAQuoteOverParagraphsKeepsItsOwn() throws IOException {
        List<Block> blocks = List.of(
                new Block(BlockType.HEADING, "لقاء في موسكو", TextDirection.RTL),
                new Block(BlockType.PARAGRAPH, "قال لافروف: «سنواصل", TextDirection.RTL),
                new Block(BlockType.PARAGRAPH, "الحوار» مع واشنطن. وقال: «لا تنازل».", TextDirection.RTL));
        Entity lavrov = new Entity(EntityType.PERSON, "لافروف", List.of(new Mention(1, 4, 10, "لافروف")));
        Entity moscow = new Entity(EntityType.LOCATION, "موسكو", List.of(new Mention(0, 8, 13, "موسكو")));
        Quote across = new Quote("سنواصل الحوار", "لافروف", 1, 13, 2, 6);
        Quote inOne = Quote.inBlock("لا تنازل", "لافروف", 2, 26, 34);
        Analysis analysis = new Analysis(
                new Article("a.html", "لقاء", null, "2015-07-21", "x.org", "ar", TextDirection.RTL, blocks, true),
                List.of(lavrov, moscow),
                List.of(across, inOne));

        assertEquals(analysis, StoredAnalysis.unpack(StoredAnalysis.pack(analysis)));
    }

    @Test
    void textOutsideArabicRoundTripsAndTheEarlierUtf8FormIsStillRead() throws Exception {
        String text = "Sahifa صحيفة 😀 «ﷲ» \u200f ١٢٣ עברית Ελληνικά 漢字 é";
        Analysis analysis = new Analysis(
                new Article(
                        "c.txt",
                        text,
                        null,
                        null,
                        null,
                        "ar",
                        TextDirection.RTL,
                        List.of(new Block(BlockType.PARAGRAPH, text, TextDirection.RTL)),
                        true),
                List.of(),
                List.of());
        assertEquals(analysis, StoredAnalysis.unpack(StoredAnalysis.pack(analysis)));

        byte[] earlier = StoredAnalysis.deflate(new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsBytes(org.sahifa.analysis.AnalysisJson.toTree(analysis)));
        assertEquals(analysis, StoredAnalysis.unpack(earlier));
    }

    @Test
    void arabicTextPacksSmallerThanDeflatedUtf8() throws Exception {
        String paragraph =
                "وقال وزير الخارجية إن المفاوضات مع الجانب الآخر ستستمر في الأسابيع المقبلة رغم الخلافات القائمة بين الطرفين. ";
        String text =
                paragraph.repeat(3) + "وأضاف أن بلاده ملتزمة بالحل السياسي، وأن الاجتماع القادم سيعقد في العاصمة.";
        Analysis analysis = new Analysis(
                new Article(
                        "d.txt",
                        "خبر",
                        null,
                        null,
                        null,
                        "ar",
                        TextDirection.RTL,
                        List.of(new Block(BlockType.PARAGRAPH, text, TextDirection.RTL)),
                        true),
                List.of(),
                List.of());
        byte[] utf8 = StoredAnalysis.deflate(new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsBytes(org.sahifa.analysis.AnalysisJson.toTree(analysis)));
        byte[] packed = StoredAnalysis.pack(analysis);
        assertTrue(packed.length < utf8.length, packed.length + " vs " + utf8.length);
    }

    @Test
    void damagedBytesAreAnIoErrorNotACrash() {
        assertThrows(IOException.class, () -> StoredAnalysis.unpack(new byte[] {1, 2, 3, 4, 5}));
    }
}
