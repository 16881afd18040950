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

    @Test
    void aQuotedNameBeforeAColonNamesWhoSpeaks() {
        List<Quote> quotes =
                finder.find(paragraphs("وقال \"الدوسري\": \"سنبدأ العمل في المشروع بعد أسبوعين من الآن\"."), List.of());
        assertEquals(List.of("سنبدأ العمل في المشروع بعد أسبوعين من الآن"), Fixtures.texts(quotes));
    }

    @Test
    void aQuotedBankBeforeAColonInAHeadlineIsNoQuotation() {
        List<Quote> quotes = finder.find(paragraphs("«الأهلي المتحد»: الشركة سجلت أعلى ربح في تاريخها"), List.of());
        assertEquals(List.of(), Fixtures.texts(quotes));
    }

    @Test
    void aQuotedBodyAfterARoleInConstructIsItsName() {
        List<Quote> quotes = finder.find(
                paragraphs("وقال مدير «رواد المستقبل» في المدينة إن «الدورة القادمة ستبدأ في الخريف المقبل»."),
                List.of());
        assertEquals(List.of("الدورة القادمة ستبدأ في الخريف المقبل"), Fixtures.texts(quotes));
    }

    @Test
    void aScareQuoteAfterARoleWithTheArticleStaysSaid() {
        List<Quote> quotes = finder.find(paragraphs("وقال المدير «المتهور» إنه لم يتراجع عن قراره."), List.of());
        assertEquals(List.of("المتهور"), Fixtures.texts(quotes));
    }

    @Test
    void aListTheClassifierToldOneMemberOfIsAListOfNames() {
        String list = "وغنت الفرقة في الحفل \"سلام الروح\" و\"ليل طويل\" و\"نجمة الصبح\" وسط تصفيق الجمهور.";
        String said = "وقال المدير: \"لن نتوقف عن العمل حتى يكتمل الطريق\".";
        List<MarkedSpan> spans = new QuoteFinder().markedSpans(paragraphs(list, said), List.of());
        // a model that learnt only that «نجمة الصبح» is a name
        List<List<String>> features = spans.stream().map(MarkedSpan::features).toList();
        List<Boolean> labels =
                spans.stream().map(m -> !m.text().contains("الصبح")).toList();
        QuoteFinder withModel = new QuoteFinder(SpanClassifier.train(features, labels, 1));
        assertEquals(3, Fixtures.texts(finder.find(paragraphs(list), List.of())).size(), "the rules keep all three");
        assertEquals(List.of(), Fixtures.texts(withModel.find(paragraphs(list), List.of())));
        assertEquals(
                List.of("لن نتوقف عن العمل حتى يكتمل الطريق"),
                Fixtures.texts(withModel.find(paragraphs(said), List.of())));
    }

    @Test
    void aShortStretchClosedByADoublePrimeIsAModelsName() {
        String p = "وقالت الشركة إنها تسلمت ست مقاتلات “صقر 16″ هذا الشهر، وقال مديرها “سنتسلم البقية في عام 2016″.";
        assertEquals(List.of("سنتسلم البقية في عام 2016"), Fixtures.texts(finder.find(paragraphs(p), List.of())));
    }

    @Test
    void aDoubledMarkNothingClosesOpensNoQuotation() {
        String p = "ويذكر أن \"\"بيت الخير\"، قد وفر خلال العام الماضي أكثر من ألف فرصة عمل في فروعه.";
        assertEquals(List.of("بيت الخير"), spanTexts(p)); // the name alone, no quotation running to the paragraph's end
    }

    @Test
    void aNumberedPhraseBeforeAColonStaysAQuotation() {
        List<Quote> quotes = finder.find(paragraphs("4) «لا تقلق كثيرا»: عبارة تزيد القلق بدل أن تخففه."), List.of());
        assertEquals(List.of("لا تقلق كثيرا"), Fixtures.texts(quotes));
    }
}
