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
    private static final AnalysisRecord.Row ROW = new AnalysisRecord.Row("s", "t", null, null);
    private static final StoredAnalysis.Dictionaries NO_DICTIONARIES = id -> {
        throw new IOException("no dictionary " + id);
    };

    /** The row columns the library keeps beside the stored analysis. */
    static AnalysisRecord.Row rowOf(Analysis analysis) {
        Article a = analysis.article();
        return new AnalysisRecord.Row(a.source(), a.title() == null ? "" : a.title(), a.site(), a.published());
    }

    static Analysis roundTrip(Analysis analysis, CompressionDictionary dictionary) throws IOException {
        byte[] packed = StoredAnalysis.pack(analysis, dictionary);
        return StoredAnalysis.unpack(packed, rowOf(analysis), id -> {
            assertEquals(dictionary.id(), id);
            return dictionary.bytes();
        });
    }

    static Analysis sample() {
        List<Block> blocks = List.of(
                new Block(BlockType.HEADING, "لقاء في موسكو", TextDirection.RTL),
                new Block(BlockType.PARAGRAPH, "قال لافروف: «سنواصل", TextDirection.RTL),
                new Block(BlockType.PARAGRAPH, "الحوار» مع واشنطن. وقال: «لا تنازل».", TextDirection.RTL));
        Entity lavrov = new Entity(
                EntityType.PERSON,
                "سيرغي لافروف",
                List.of(new Mention(1, 4, 10, "لافروف"), new Mention(0, 0, 4, "لقاء"), new Mention(0, 8, 13, "موسكو")));
        Entity moscow = new Entity(EntityType.LOCATION, "موسكو", List.of(new Mention(0, 8, 13, "موسكو")));
        Entity un = new Entity(EntityType.ORGANIZATION, "الأمم المتحدة", List.of(new Mention(2, 10, 15, "Other")));
        Quote across = new Quote("سنواصل الحوار", "سيرغي لافروف", 1, 13, 2, 6);
        Quote inOne = Quote.inBlock("لا تنازل", "لافروف", 2, 26, 34);
        Quote nobody = Quote.inBlock("تنازل", null, 2, 29, 34);
        return new Analysis(
                new Article(
                        "https://user:secret@x.org/a",
                        null,
                        "كاتب",
                        null,
                        "x.org",
                        "ar",
                        TextDirection.LTR,
                        blocks,
                        false),
                List.of(lavrov, moscow, un),
                List.of(across, inOne, nobody));
    }

    @Test
    void everyFieldComesBackWithAndWithoutADictionaryAndAPasswordStaysMasked() throws IOException {
        Analysis analysis = sample();
        for (BlockType type : BlockType.values()) { // every persisted code
            List<Block> blocks = new java.util.ArrayList<>(analysis.article().blocks());
            blocks.add(new Block(type, "x", TextDirection.LTR));
            analysis = new Analysis(analysis.article().withBlocks(blocks), analysis.entities(), analysis.quotes());
        }
        Analysis back = roundTrip(analysis, null);
        assertEquals("https://user:***@x.org/a", back.article().source());
        Analysis expected = new Analysis(
                new Article(
                        back.article().source(),
                        null,
                        "كاتب",
                        null,
                        "x.org",
                        "ar",
                        TextDirection.LTR,
                        analysis.article().blocks(),
                        false),
                analysis.entities(),
                analysis.quotes());
        assertEquals(expected, back);
        CompressionDictionary dictionary =
                new CompressionDictionary(7, CompressionDictionary.build(List.of("لقاء في موسكو مع واشنطن".repeat(5))));
        assertEquals(expected, roundTrip(analysis, dictionary));
        byte[] packed = StoredAnalysis.pack(analysis, dictionary);
        assertEquals(7, StoredAnalysis.dictionaryOf(packed));
        assertThrows(IOException.class, () -> StoredAnalysis.unpack(packed, ROW, NO_DICTIONARIES));
        CompressionDictionary other =
                new CompressionDictionary(7, CompressionDictionary.build(List.of("كلام آخر تماما".repeat(5))));
        assertThrows(IOException.class, () -> StoredAnalysis.unpack(packed, ROW, id -> other.bytes()));
    }

    @Test
    void theSchemaTwoFormIsStillReadAndTheBinaryFormIsSmaller() throws Exception {
        Analysis analysis = sample();
        com.fasterxml.jackson.databind.node.ObjectNode tree = org.sahifa.analysis.AnalysisJson.toTree(analysis);
        byte[] scsu = StoredAnalysis.deflate(com.ibm.icu.text.UnicodeCompressor.compress(tree.toString()));
        byte[] schemaTwo = new byte[scsu.length + 1];
        schemaTwo[0] = 1;
        System.arraycopy(scsu, 0, schemaTwo, 1, scsu.length);
        Analysis back = StoredAnalysis.unpack(schemaTwo, ROW, NO_DICTIONARIES);
        assertEquals(analysis.entities(), back.entities());
        assertEquals(analysis.article().blocks(), back.article().blocks());
        assertTrue(StoredAnalysis.pack(analysis, null).length < schemaTwo.length);
    }

    @Test
    void aDictionaryHelpsAnArticleItWasNotBuiltFrom() throws IOException {
        String news = "وقال وزير الخارجية إن المفاوضات مع الجانب الآخر ستستمر في الأسابيع المقبلة. ";
        List<String> library = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            library.add(
                    "خبر رقم " + i + ". " + news + "وأكد المتحدث باسم الحكومة أن الاجتماع سيعقد في العاصمة الرياض.");
        }
        CompressionDictionary dictionary = new CompressionDictionary(1, CompressionDictionary.build(library));
        assertTrue(dictionary.bytes().length <= CompressionDictionary.MAX_BYTES);
        String unseen = "أعلن المتحدث باسم الحكومة أن وزير الخارجية سيزور العاصمة الرياض في الأسابيع المقبلة.";
        Analysis analysis = Articles.analysis("n.txt", "خبر", null, null, unseen);
        assertTrue(StoredAnalysis.pack(analysis, dictionary).length < StoredAnalysis.pack(analysis, null).length);
        assertEquals(analysis, roundTrip(analysis, dictionary));
    }

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

        assertEquals(analysis, roundTrip(analysis, null));
    }

    @Test
    void textOutsideArabicRoundTripsAndTheEarlierUtf8FormIsStillRead() throws Exception {
        String text = "Sahifa صحيفة 😀 «ﷲ» \u200f ١٢٣ עברית Ελληνικά 漢字 é";
        Analysis analysis = Articles.analysis("c.txt", text, null, null, text);
        assertEquals(analysis, roundTrip(analysis, null));

        byte[] earlier = StoredAnalysis.deflate(new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsBytes(org.sahifa.analysis.AnalysisJson.toTree(analysis)));
        assertEquals(analysis, StoredAnalysis.unpack(earlier, rowOf(analysis), NO_DICTIONARIES));
    }

    @Test
    void arabicTextPacksSmallerThanDeflatedUtf8() throws Exception {
        String paragraph =
                "وقال وزير الخارجية إن المفاوضات مع الجانب الآخر ستستمر في الأسابيع المقبلة رغم الخلافات القائمة بين الطرفين. ";
        String text =
                paragraph.repeat(3) + "وأضاف أن بلاده ملتزمة بالحل السياسي، وأن الاجتماع القادم سيعقد في العاصمة.";
        Analysis analysis = Articles.analysis("d.txt", "خبر", null, null, text);
        byte[] utf8 = StoredAnalysis.deflate(new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsBytes(org.sahifa.analysis.AnalysisJson.toTree(analysis)));
        byte[] packed = StoredAnalysis.pack(analysis, null);
        assertTrue(packed.length < utf8.length, packed.length + " vs " + utf8.length);
    }

    @Test
    void damagedBytesAreAnIoErrorNotACrash() {
        assertThrows(IOException.class, () -> StoredAnalysis.unpack(new byte[] {1, 2, 3, 4, 5}, ROW, NO_DICTIONARIES));
        assertThrows(IOException.class, () -> StoredAnalysis.unpack(new byte[] {2, 0, 3, 4, 5}, ROW, NO_DICTIONARIES));
    }
}
