package org.sahifa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;

/** Issue 18 §2: over-long paragraphs are analysed in bounded segments, and results land in the right paragraph. */
class AnalysisBoundsTest {
    private static final Analyzer ANALYZER = Analyzer.standard();
    private static final String SENTENCE =
            "وقال الرئيس عبد الفتاح السيسي في القاهرة: «سنواصل العمل مع الأمم المتحدة». ";

    private static Block paragraph(String text) {
        return new Block(BlockType.PARAGRAPH, text, TextDirection.RTL);
    }

    private static Article article(Block... blocks) {
        return new Article("test", "", "", "", "", "ar", TextDirection.RTL, List.of(blocks), true);
    }

    @Test
    void aLongParagraphIsCutAtSentenceEndsIntoBoundedSegments() {
        String text = SENTENCE.repeat(200); // about 15,000 characters
        AnalysisSegments segments = AnalysisSegments.of(List.of(paragraph("قصير."), paragraph(text)));
        assertTrue(
                segments.segments().size() >= 5,
                "segments: " + segments.segments().size());
        StringBuilder joined = new StringBuilder();
        for (Block s : segments.segments().subList(1, segments.segments().size())) {
            assertTrue(
                    s.text().length() <= AnalysisSegments.MAX_SEGMENT_CHARS,
                    "segment of " + s.text().length());
            assertTrue(
                    s.text().endsWith(". ")
                            || s.text().endsWith("». ")
                            || s == segments.segments().get(segments.segments().size() - 1),
                    "cut after a sentence end: …"
                            + s.text().substring(Math.max(0, s.text().length() - 20)));
            joined.append(s.text());
        }
        assertEquals(text, joined.toString(), "the segments put together are the paragraph");
    }

    @Test
    void aParagraphWithoutSentenceEndsOrSpacesIsStillCut() {
        String text = "ب".repeat(3 * AnalysisSegments.MAX_SEGMENT_CHARS + 17);
        AnalysisSegments segments = AnalysisSegments.of(List.of(paragraph(text)));
        assertEquals(4, segments.segments().size());
        String emoji = "😀".repeat(AnalysisSegments.MAX_SEGMENT_CHARS); // surrogate pairs are never split
        for (Block s : AnalysisSegments.of(List.of(paragraph(emoji))).segments()) {
            assertTrue(Character.isHighSurrogate(s.text().charAt(0))
                    && Character.isLowSurrogate(s.text().charAt(s.text().length() - 1)));
        }
    }

    @Test
    void mentionsAndQuotationsOfALongParagraphPointIntoIt() {
        String text = SENTENCE.repeat(150);
        Analysis analysis = ANALYZER.analyze(article(paragraph("مقدمة قصيرة."), paragraph(text)));
        assertTrue(
                analysis.entities().stream().anyMatch(e -> e.name().contains("السيسي")),
                "entities: " + analysis.entities());
        int mentionsInLastThird = 0;
        for (Entity e : analysis.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(1, m.block());
                assertEquals(text.substring(m.start(), m.end()), m.text());
                mentionsInLastThird += m.start() > 2 * text.length() / 3 ? 1 : 0;
            }
        }
        assertTrue(mentionsInLastThird > 10, "mentions found late in the paragraph too: " + mentionsInLastThird);
        assertEquals(150, analysis.quotes().size());
        Quote last = analysis.quotes().get(149);
        assertEquals(1, last.block());
        assertEquals(text.substring(last.start(), last.end()), last.text());
        assertTrue(last.start() > text.length() - SENTENCE.length(), "the last quotation is at the paragraph's end");
    }

    @Test
    void anArticleBeyondTheLimitIsRefusedBeforeAnyWork() {
        Analyzer small = new Analyzer(ANALYZER.recognizer(), new org.sahifa.quote.QuoteFinder(), 1_000);
        ArticleTooLongException refused = assertThrows(
                ArticleTooLongException.class, () -> small.analyze(article(paragraph(SENTENCE.repeat(20)))));
        assertEquals(1_000, refused.limit());
        assertEquals(SENTENCE.length() * 20L, refused.chars());
    }
}
