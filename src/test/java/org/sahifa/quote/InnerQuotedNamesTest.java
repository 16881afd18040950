package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Quote;

/**
 * Issue 14 §1 class 10: a quotation whose inner quoted names («داخل "فيفا"») are in the same ASCII marks, the last
 * closing mark doing for both. Sentences made up for this test.
 */
class InnerQuotedNamesTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void aQuotationEndingOnAnInnerQuotedNameKeepsItsWholeText() {
        String p = "وأضاف المدرب السابق لإذاعة محلية \"علينا أن نطهر اللعبة من الفاسدين داخل \"الاتحاد\"، "
                + "وعلينا أن نبدأ من جديد داخل \"الاتحاد\". وسئل عن ترشحه فلم يجب.";
        List<Quote> quotes = finder.find(paragraphs(p), List.of());
        assertEquals(
                List.of("علينا أن نطهر اللعبة من الفاسدين داخل \"الاتحاد\"، وعلينا أن نبدأ من جديد داخل \"الاتحاد\""),
                Fixtures.texts(quotes));
    }

    @Test
    void aQuotationClosedByTheInnerMarkAtTheParagraphEndIsKept() {
        String p = "وردا على سؤال عن مستقبله قال اللاعب بهدوء \"أريد حقا أن أبقى لاعبا في \"النادي الأهلي\"";
        List<Quote> quotes = finder.find(paragraphs(p), List.of());
        assertEquals(List.of("أريد حقا أن أبقى لاعبا في \"النادي الأهلي\""), Fixtures.texts(quotes));
    }

    @Test
    void aLongerQuotedStretchInsideDoesNotCloseTheOuterOne() {
        String p = "وقال المدير \"نحن نعمل مع \"الشركة الوطنية للنقل البري\". وسئل عن الموعد فلم يجب.";
        List<Quote> quotes = finder.find(paragraphs(p), List.of());
        assertEquals(List.of("الشركة الوطنية للنقل البري"), Fixtures.texts(quotes));
    }

    @Test
    void twoSuchQuotationsInOneParagraphAreBothKept() {
        String p = "وأضاف اللاعب \"سأبقى مع \"النادي\". وقال ردا على سؤال آخر \"لن ألعب خارج \"الدوري المحلي\"";
        List<Quote> quotes = finder.find(paragraphs(p), List.of());
        assertEquals(List.of("سأبقى مع \"النادي\"", "لن ألعب خارج \"الدوري المحلي\""), Fixtures.texts(quotes));
    }
}
