package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Quote;

/** Quotations over several paragraphs are one; an unbalanced mark stays in its own paragraph. */
class QuoteSpanTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void openingMarksRepeatedAtEachParagraphMakeOneQuotation() {
        List<Block> blocks = Fixtures.blocks("multi-paragraph.txt");
        List<Quote> quotes = finder.find(blocks, List.of());
        assertEquals(1, quotes.size(), Fixtures.texts(quotes).toString());
        Quote q = quotes.get(0);
        assertEquals(0, q.block());
        assertEquals(2, q.endBlock());
        assertEquals(blocks.get(0).text().indexOf('«') + 1, q.start());
        assertEquals(blocks.get(2).text().indexOf('»'), q.end());
        assertEquals(
                "لقد مررنا بسنوات صعبة، وتحملنا الكثير.\nلكننا اليوم نقف على أرض صلبة، واقتصادنا ينمو.\n"
                        + "وسنواصل العمل حتى يشعر كل مواطن بالتحسن",
                q.text());
        assertEquals("كمال عادل", q.speaker());
    }

    @Test
    void anUnbalancedMarkNeverSwallowsTheRestOfTheArticle() {
        List<Block> blocks = Fixtures.blocks("unbalanced.txt");
        List<Quote> quotes = finder.find(blocks, List.of());
        for (Quote q : quotes) {
            assertEquals(q.block(), q.endBlock(), q.toString());
            assertTrue(q.block() != 1 && q.block() != 4, q.toString());
        }
        assertEquals("سلمى ناجي", Fixtures.quote(quotes, "التضخم ما زال مرتفعا").speaker());
        Quote introduced = Fixtures.quote(quotes, "الأسواق ستتعافى قريبا");
        assertEquals(0, introduced.block());
        assertEquals("رامي جابر", introduced.speaker());
        assertEquals(2, quotes.size(), Fixtures.texts(quotes).toString());
    }
}
