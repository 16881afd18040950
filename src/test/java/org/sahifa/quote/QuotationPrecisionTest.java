package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/**
 * Round 6 (issue 14, quotation precision on unseen news): names and set phrases in marks are not quotations, speech
 * in marks stays one, inner quoted names do not cut a quotation, and a word before the mark that only looks like a
 * title noun does not make a quotation a title. Every sentence is made up for this test.
 */
class QuotationPrecisionTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String... paragraphs) {
        return Fixtures.texts(finder.find(paragraphs(paragraphs), List.of()));
    }

    // class 1: names in marks

    @Test
    void aNameAfterAHeadNounWithoutTheArticleIsNoQuotation() {
        assertEquals(List.of(), quotes("وأعلنت الجمعية أن عشرين سجينا في سجن \"الوادي الأخضر\" بدأوا إضرابا أمس."));
        assertEquals(List.of(), quotes("وذكر المنظمون أن الفريق فاز بكأس \"النخبة\" للمرة الثانية."));
        assertEquals(List.of(), quotes("ووصل الوفد على متن طائرة «إيرباص 320» إلى العاصمة صباح اليوم."));
    }

    @Test
    void aHeadNounNamesItsQuotedNameEvenAfterASpeechCue() {
        assertEquals(List.of(), quotes("وأكد المدير أن النزلاء في معتقل \"الصخرة\" يتلقون الرعاية."));
    }

    @Test
    void aFigureOrAModelInMarksIsNoQuotation() {
        assertEquals(List.of(), quotes("ورسم الفنانون لوحة بطول \"40\" مترا و\"12 قدما\" في الساحة."));
    }

    @Test
    void oneQuotedWordWithoutTheArticleAndWithoutACueIsAName() {
        assertEquals(List.of(), quotes("وغمرت المياه قرى كثيرة في \"زمرين\" ولم تصل إليها أي مساعدات."));
        assertEquals(List.of(), quotes("وتحلق الطائرات المسيرة من طراز «سنونو» فوق الحدود كل يوم."));
    }

    @Test
    void aQuotedAdjectiveOrAQuotedWordAfterACueStaysAQuotation() {
        assertEquals(List.of("إرهابيا"), quotes("ووصف البيان الهجوم بأنه كان \"إرهابيا\" بكل المقاييس."));
        assertEquals(List.of("قريبا"), quotes("وقال الوزير إن الحل سيأتي \"قريبا\" كما وعد."));
        assertEquals(List.of("جاهزون"), quotes("وقال المدرب: \"جاهزون\"."));
    }

    @Test
    void aQuotedStretchOpeningASentenceAsItsSubjectIsAName() {
        assertEquals(List.of(), quotes("\"صوت الملاعب\" سلطت الضوء على هذه القضية مع عدد من المدربين."));
    }

    @Test
    void aQuotedStretchOpeningASentenceBeforeASpeechVerbIsSaid() {
        assertEquals(List.of("لن نتراجع"), quotes("\"لن نتراجع\" قال رئيس النادي في ختام الاجتماع."));
    }

    @Test
    void whomTheSpeakerToldIsNoQuotation() {
        assertEquals(List.of(), quotes("وقال رئيس النادي لـ\"صوت الملاعب\" إن الفريق جاهز."));
        assertEquals(List.of(), quotes("وقال ل \"صوت الملاعب\" عندما نرى الفريقين نعرف الفائز."));
        assertEquals(
                List.of("الاستعداد بدأ مبكرا هذا الموسم"),
                quotes("وقال مدرب الفريق لـ\"صوت الملاعب\" في اتصال هاتفي: \"الاستعداد بدأ مبكرا هذا الموسم\"."));
    }

    @Test
    void aPersonTheRecogniserFoundIsNoQuotationInMarks() {
        List<Block> blocks = paragraphs("واستقبل المحافظ \"سليم الحداد\" في مكتبه صباح أمس.");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سليم الحداد").build();
        assertEquals(List.of(), Fixtures.texts(finder.find(blocks, entities)));
    }

    @Test
    void aPhraseTheArticleAlsoWritesWithoutMarksIsAName() {
        assertEquals(
                List.of(),
                quotes(
                        "وانطلقت حملة \"درب السلامة\" في المدارس أمس.",
                        "وتأتي \"درب السلامة\" بعد عام من التحضير، وقد شارك في درب السلامة ألف متطوع."));
    }

    @Test
    void aPhraseRecurringInAHeadlineOrAfterASpeechVerbStaysAQuotation() {
        List<Block> blocks = new java.util.ArrayList<>(List.of(new Block(
                org.sahifa.model.BlockType.HEADING, "الوزير: الطريق طويل", org.sahifa.model.TextDirection.RTL)));
        blocks.addAll(paragraphs("وقال الوزير في المؤتمر إن \"الطريق طويل\" أمام الجميع."));
        assertEquals(List.of("الطريق طويل"), Fixtures.texts(finder.find(blocks, List.of())));
        assertEquals(
                List.of("الطريق طويل"), quotes("وقال الوزير: \"الطريق طويل\".", "وأضاف أن الطريق طويل أمام الجميع."));
    }

    @Test
    void aKunyaInMarksIsNoQuotation() {
        assertEquals(List.of(), quotes("وحضر \"أبو خالد\" الاجتماع مع عدد من الوجهاء."));
    }

    // class 2: set phrases

    @Test
    void aPurposeAfterLamStaysAQuotationAfterASpeechCue() {
        assertEquals(List.of("تحقيق العدالة"), quotes("وقال الوزير إن الحكومة تسعى لـ\"تحقيق العدالة\"."));
    }

    @Test
    void aSetPhraseInMarksWithoutSpeechIsNoQuotation() {
        assertEquals(List.of(), quotes("وسيعود الفريق إلى التدريبات الأسبوع المقبل \"بإذن الله\" بعد الراحة."));
    }

    @Test
    void aSetPhraseSaidAfterAColonOrASpeechVerbStaysAQuotation() {
        assertEquals(List.of("الحمد لله"), quotes("وقال اللاعب بعد المباراة: \"الحمد لله\"."));
        assertEquals(List.of("إن شاء الله"), quotes("وسئل عن العودة فقال \"إن شاء الله\"."));
    }

    // class 3: inner quoted names in the same marks

    @Test
    void aQuotationWithInnerQuotedNamesRunsToItsRealClosingMark() {
        assertEquals(
                List.of("كنا نلعب في ملعب \"الأمل\"، ونأمل أن نعود إلى \"الأمل\" قريبا"),
                quotes("وقال اللاعب: \"كنا نلعب في ملعب \"الأمل\"، ونأمل أن نعود إلى \"الأمل\" قريبا\"."));
    }

    @Test
    void innerAsciiMarksInsideGuillemetsStayInsideTheQuotation() {
        assertEquals(
                List.of("نحن ندعم حملة \"بلدي أجمل\" في كل المدن والقرى"),
                quotes("وقال رئيس البلدية: «نحن ندعم حملة \"بلدي أجمل\" في كل المدن والقرى»."));
    }

    @Test
    void pairingStaysLinearInTheParagraphsLength() {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            p.append("وقال \"نعمل في \"النادي\" كل يوم ");
        }
        long start = System.nanoTime();
        MarkScanner.Result result = MarkScanner.scan(p.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(20_000, result.pairs().size()); // each inner name; the outer marks stay open
        // 40,000 marks: a quadratic scan takes minutes; generous for a loaded machine
        org.junit.jupiter.api.Assertions.assertTrue(millis < 5_000, "scan took " + millis + " ms");
    }

    // class 4: an unclosed mark, and a word before the mark that only looks like a title noun

    @Test
    void anUnclosedQuotationStopsWhereTheWriterSpeaksAgain() {
        assertEquals(
                List.of("على الجميع العودة إلى طاولة الحوار"),
                quotes("وقال المتحدث مضيفا\" على الجميع العودة إلى طاولة الحوار. يذكر أن العلاقات متوترة منذ سنوات."));
        assertEquals(
                List.of("لن نتراجع. سنواصل العمل حتى النهاية"),
                quotes("وقال الوزير: \"لن نتراجع. سنواصل العمل حتى النهاية."));
        assertEquals(
                List.of("لن نتراجع. نؤكد أننا سنواصل العمل"),
                quotes("وقال الوزير: \"لن نتراجع. نؤكد أننا سنواصل العمل."));
    }

    @Test
    void aNamingWordBeforeAComplementDoesNotMakeAQuotationATitle() {
        assertEquals(
                List.of("هذا الهجوم جاء ردا على التصعيد الأخير في المنطقة."),
                quotes(
                        "وقال المتحدث باسم الجيش الوطني \"هذا الهجوم جاء ردا على التصعيد الأخير في المنطقة.\" ثم غادر."));
    }

    @Test
    void aDefiniteWordCarriesNoPossessive() {
        assertEquals(
                List.of("تكشفان عن مصدر الوثيقة"),
                quotes("وأشار إلى أن الصيغة المستخدمة وطريقة الكتابة «تكشفان عن مصدر الوثيقة»."));
    }

    @Test
    void aTitleAfterANamingWordIsStillATitle() {
        assertEquals(List.of(), quotes("وأطلق الشباب مبادرة باسم \"معا نبني\" في الحي."));
    }
}
