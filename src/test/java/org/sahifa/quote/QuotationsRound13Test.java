package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Quote;

/**
 * Round 13's quotation classes, read on dev2 and dev3 (docs/quotations.md, "Round 13"). Sentences made up for this
 * test.
 */
class QuotationsRound13Test {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> spanTexts(String paragraph) {
        return finder.markedSpans(paragraphs(paragraph), List.of()).stream()
                .map(MarkedSpan::text)
                .toList();
    }

    @Test
    void aQuotationOpeningWithAnInnerQuotedNameIsKeptWhole() {
        String p = "وأضاف المدرب \"\"النادي\" سيبقى في القمة هذا الموسم\"، مؤكدا ثقته الكاملة باللاعبين.";
        List<Quote> quotes = finder.find(paragraphs(p), List.of());
        assertEquals(List.of("\"النادي\" سيبقى في القمة هذا الموسم"), Fixtures.texts(quotes));
    }

    @Test
    void twoDoubledMarksInOneParagraphGiveTwoQuotations() {
        String p = "وقال الرئيس \"\"الاتحاد\" يقف مع بلادكم\"، مضيفا \"\"الاتحاد\" أقر دعما كاملا للبطولة\".";
        List<Quote> quotes = finder.find(paragraphs(p), List.of());
        assertEquals(
                List.of("\"الاتحاد\" يقف مع بلادكم", "\"الاتحاد\" أقر دعما كاملا للبطولة"), Fixtures.texts(quotes));
    }

    @Test
    void aDoublePrimeAfterADigitClosesTheOpenCurlyMark() {
        assertEquals(List.of("نجم 5"), spanTexts("ويعمل الحاسوب “نجم 5″ في الجامعة منذ عام."));
    }

    @Test
    void aDoublePrimeWithNoMarkOpenIsNoMark() {
        // inches after a colon and a speech verb: no closing mark, so no quotation from the colon
        assertEquals(List.of(), spanTexts("وقال البائع: الشاشة 5″ وهي كبيرة."));
    }

    @Test
    void theDoublePrimeNoLongerLetsAQuotedNameSwallowTheNextQuotation() {
        String p = "وقالت الشركة إن جهازها “نجم 5″ سيطرح قريبا، وقال مديرها “سنبيع مليون جهاز هذا العام”.";
        List<String> spans = spanTexts(p);
        assertEquals(List.of("نجم 5", "سنبيع مليون جهاز هذا العام"), spans);
    }

    @Test
    void aShortQuotationPointedBackAtAsSaidIsKept() {
        List<Quote> quotes =
                finder.find(paragraphs("\"سنعود أقوى\" هذا ما أعلنه المدرب خالد سمير بعد خسارة فريقه أمس."), List.of());
        assertEquals(List.of("سنعود أقوى"), Fixtures.texts(quotes));
    }

    @Test
    void aShortQuotedNameOpeningTheSentenceIsStillAName() {
        List<Quote> quotes =
                finder.find(paragraphs("\"صوت المدينة\" هذا المساء تبث حلقة عن الأسواق القديمة."), List.of());
        assertEquals(List.of(), Fixtures.texts(quotes));
    }
}
