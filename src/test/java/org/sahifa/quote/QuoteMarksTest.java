package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Quote;

/** Every mark style pairs, nested quotations stay inside their quotation, apostrophes are not marks. */
class QuoteMarksTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void pairsEveryMarkStyle() {
        List<Block> blocks = Fixtures.blocks("marks.txt");
        List<Quote> quotes = finder.find(blocks, List.of());
        assertEquals(
                List.of(
                        "نحن مستعدون للحوار",
                        "الوضع تحت السيطرة",
                        "لن نتراجع عن قرارنا",
                        "الفريق جاهز للمباراة",
                        "الكتابة حياة",
                        "الأرقام لا تكذب",
                        "القانون يحتاج إلى تعديل"),
                Fixtures.texts(quotes));
        for (Quote q : quotes) {
            assertEquals(q.text(), blocks.get(q.block()).text().substring(q.start(), q.end()));
            assertEquals(q.block(), q.endBlock());
        }
    }

    @Test
    void aNestedQuotationIsPartOfItsQuotation() {
        List<Quote> quotes = finder.find(Fixtures.blocks("nested.txt"), List.of());
        assertEquals(
                List.of(
                        "إن الشعب قال لنا “كفى” ونحن سمعناه جيدا",
                        "قال لي أحد الطلاب “لا أريد أن أتأخر” ثم ركض إلى الصف"),
                Fixtures.texts(quotes));
        assertEquals("سعيد ناصر", quotes.get(0).speaker());
        assertEquals("نوال رشيد", quotes.get(1).speaker());
    }
}
