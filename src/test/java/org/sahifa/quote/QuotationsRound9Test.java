package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.quote.Fixtures.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;

/**
 * Round 9 (issue 14, blind9's and blind10's quotation errors): a mark after a proclitic drawn out with «ـ» opens, and
 * a quoted person's name (with an age, or a found person written longer or shorter) is no quotation. Every sentence
 * is made up for this test.
 */
class QuotationsRound9Test {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String... paragraphs) {
        return Fixtures.texts(finder.find(paragraphs(paragraphs), List.of()));
    }

    /** The paragraphs' quotations with one person found, named {@code person}, mentioned at the paragraph's start. */
    private List<String> quotesWithPerson(String person, String... paragraphs) {
        List<Block> blocks = paragraphs(paragraphs);
        List<Entity> entities =
                List.of(new Entity(EntityType.PERSON, person, List.of(new Mention(0, 0, person.length(), person))));
        return Fixtures.texts(finder.find(blocks, entities));
    }

    @Test
    void aMarkAfterADrawnOutProcliticOpensInsideAQuotation() {
        // the inner «الـ"…"» used to close the outer quotation early and leave its end unopened
        assertEquals(
                List.of("نريد سيارات تناسب الأسر، وهذا ما قدمته فئة الـ\"عائلية\" هذا العام"),
                quotes("وتابع المدير: \"نريد سيارات تناسب الأسر، وهذا ما قدمته فئة الـ\"عائلية\" هذا العام\"."));
    }

    @Test
    void aReversedGlyphAfterADrawnOutProcliticOpens() {
        assertEquals(List.of("القرار الصائب"), quotes("ووصف الوزير الاتفاق بـ»القرار الصائب» لتنظيم السوق."));
        assertEquals(List.of("بداية جديدة"), quotes("وقال الرئيس إن الخطة لـ\"بداية جديدة\" في البلاد."));
    }

    @Test
    void aYearAbbreviationBeforeAMarkStillCloses() {
        // «هـ» of the Hijri year is no proclitic: the mark after it closes the quotation
        assertEquals(
                List.of("سنبدأ التسجيل في شهر محرم 1447هـ"),
                quotes("وقال المتحدث: \"سنبدأ التسجيل في شهر محرم 1447هـ\"."));
        assertFalse(MarkScanner.afterDrawnOutProclitic("عام 1447هـ\"", 10));
        assertTrue(MarkScanner.afterDrawnOutProclitic("وصفه بـ\"القرار", 7));
        assertTrue(MarkScanner.afterDrawnOutProclitic("فئة الـ\"عائلية", 7));
    }

    @Test
    void aNameWithAnAgeIsACaption() {
        assertEquals(
                List.of(),
                quotes("وأصيب في الحادث الشاب \"سالم حمدان -40 عاما\" وابنه \"فهد- عام ونصف\" بجروح متوسطة."));
        assertEquals(List.of(), quotes("ونقلت الطفلة \"ليلى-4سنوات\" إلى المستشفى."));
        // «علي» written with «ي» is a given name, though it folds like the preposition «على»
        assertEquals(List.of(), quotes("وتوفي الرضيع \"علي حمدان - عام ونصف\" متأثرا بجروحه."));
        assertTrue(QuotedPersonNames.isNameWithAge("علي حمدان - 3 سنوات"));
        assertFalse(QuotedPersonNames.isNameWithAge("اعتمدنا على - 3 سنوات"));
        assertTrue(QuotedPersonNames.isNameWithAge("سالم حمدان - 40 عاماً"));
        // an age inside a sentence that goes on is speech
        assertFalse(QuotedPersonNames.isNameWithAge("لم أر ابني منذ أن كان عمره - 4 سنوات"));
        assertEquals(
                List.of("عشت هنا منذ كان عمري - 10 سنوات"), quotes("وقال الشيخ: \"عشت هنا منذ كان عمري - 10 سنوات\"."));
    }

    @Test
    void aFoundPersonWrittenLongerInMarksIsAName() {
        assertEquals(
                List.of(),
                quotesWithPerson(
                        "سالم فهد", "سالم فهد شاعر معروف.", "وزرت شاعر الحي الكبير \"سالم فهد العتيق\" في بيته."));
    }

    @Test
    void anotherMemberOfAFoundFamilyInMarksIsAName() {
        assertEquals(
                List.of(),
                quotesWithPerson(
                        "ماجد العتيق",
                        "ماجد العتيق أب لثلاثة.",
                        "وأكد المحافظ أن الطفل \"ليلى العتيق\" تتلقى العلاج."));
    }

    @Test
    void speechThatMentionsAFoundPersonStaysAQuotation() {
        // right after a colon or a speech verb and its subject, or longer than a name and one more word, or holding a
        // particle: said
        assertEquals(
                List.of("ليلى العتيق"),
                quotesWithPerson("ماجد العتيق", "ماجد العتيق أب لثلاثة.", "وهتف الجمهور: \"ليلى العتيق\"."));
        assertEquals(
                List.of("ماجد العتيق في قلوبنا"),
                quotesWithPerson(
                        "ماجد العتيق", "ماجد العتيق أب لثلاثة.", "وقال جاره إن \"ماجد العتيق في قلوبنا\" جميعا."));
        assertEquals(
                List.of("شكرا ماجد العتيق"),
                quotesWithPerson("ماجد العتيق", "ماجد العتيق أب لثلاثة.", "وقال الطلاب \"شكرا ماجد العتيق\" وغادروا."));
    }

    @Test
    void anAcronymSpelledInLetterNamesIsAName() {
        assertEquals(List.of(), quotes("وتعمل الوحدة مثل مكتب التحقيقات «إف بي آي» في بلادها."));
        assertEquals(List.of(), quotes("وقال المراسل لقناة \"سي إن إن\" إن الوضع هادئ."));
        assertTrue(QuotedNameFilter.isSpelledAcronym("إتش إس بي سي"));
        // particles alone, or a sentence with one letter name in it, are no acronym
        assertFalse(QuotedNameFilter.isSpelledAcronym("في أو"));
        assertEquals(List.of("بي سيارة جديدة"), quotes("وقال الفتى: \"بي سيارة جديدة\"."));
    }

    @Test
    void aStretchGluedToTheDrawnOutArticleIsAName() {
        assertEquals(List.of(), quotes("وأشارت الصحيفة إلى أن فريق الـ»نسور» خسر مباراته الأخيرة."));
        assertEquals(List.of(), quotes("وارتفعت مبيعات سيارات الـ\"دفع الرباعي\" هذا العام."));
        // «بـ» and «لـ» are prepositions: what follows them may be said
        assertEquals(List.of("الخطوة الجريئة"), quotes("ووصف الوزير القرار بـ\"الخطوة الجريئة\"."));
    }
}
