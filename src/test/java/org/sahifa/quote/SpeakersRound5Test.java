package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;
import static org.sahifa.quote.Fixtures.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/**
 * Speakers from context (issue 14 round 5, docs/news-eval.md): implied subjects, statements as subjects, roles
 * without a name, quotations over two paragraphs and names the recogniser cut. Sentences made up for this test, none
 * taken from the evaluation articles.
 */
class SpeakersRound5Test {
    private final QuoteFinder finder = new QuoteFinder();

    private static List<String> texts(List<Quote> quotes) {
        return quotes.stream().map(q -> q.text().strip()).toList();
    }

    @Test
    void anImpliedSubjectContinuesThePersonIntroducedByAnotherVerb() {
        List<Block> blocks = paragraphs(
                "التقى وزير الزراعة خالد المنصوري وفدا من المزارعين في مدينة الرصيفة يوم الأحد.",
                "وأضاف \"إن الموسم القادم سيكون أفضل من الذي سبقه\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("خالد المنصوري").build();
        assertEquals(List.of("خالد المنصوري"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void theImpliedSubjectAgreesInGenderWithTheVerb() {
        List<Block> blocks = paragraphs(
                "قال المدرب سامي نادر إن الفريق جاهز للمباراة.",
                "والتقت الوزيرة سلمى العلي باللاعبين قبل التدريب.",
                "وأضاف: \"سنلعب من أجل الفوز وحده\".",
                "وأضافت: \"الدولة تدعم الرياضة في كل المدن\".");
        List<Entity> entities = new EntityListBuilder(blocks)
                .person("سامي نادر")
                .person("سلمى العلي")
                .build();
        assertEquals(List.of("سامي نادر", "سلمى العلي"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void aSpeechVerbAfterAPrepositionIsANounAndTheSubjectStaysImplied() {
        List<Block> blocks = paragraphs(
                "وقال فريد الساعدي المتحدث باسم الهيئة إن البلدية سجلت مخالفات كثيرة.",
                "وأضاف في إفادة صحفية \"لا يمكن السكوت عن البناء في مجاري السيول\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("فريد الساعدي").build();
        assertEquals(List.of("فريد الساعدي"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void aVerbAfterAnnahuHasThePronounAsSubjectNotTheWordsAfterIt() {
        List<Block> blocks = paragraphs(
                "وأوضح سامر العتيبي بأنه طالب المسؤولين الأوروبيين بالنظر في القرار. وأضاف \"أبلغنا الحكومة بموقفنا\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سامر العتيبي").build();
        assertEquals(List.of("سامر العتيبي"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void aStatementSpeaksForTheOrganisationThatIssuedIt() {
        List<Block> blocks = paragraphs(
                "أصدرت وزارة المياه بيانا أوضحت فيه أسباب انقطاع المياه عن الأحياء الشرقية.",
                "وأوضح البيان أن \"الأعطال سببها انفجار الأنبوب الرئيسي\".",
                "وأضاف: \"ستعود المياه خلال يومين\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).organization("وزارة المياه").build();
        assertEquals(List.of("وزارة المياه", "وزارة المياه"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void aStatementIssuedByAnOrganisationNamedAfterTheNounOrMissedByTheRecogniser() {
        List<Block> blocks = paragraphs(
                "وجاء ذلك في بيان لهيئة الطيران المدني صدر مساء أمس.",
                "وذكر البيان أن \"الرحلات ستستأنف صباح الغد\".",
                "أصدرت هيئة الأرصاد الجوية تقريرا عن الأمطار.",
                "وذكر التقرير أن \"الأمطار ستستمر حتى نهاية الأسبوع\".");
        List<Entity> entities = new EntityListBuilder(blocks)
                .organization("هيئة الطيران المدني")
                .build();
        assertEquals(List.of("هيئة الطيران المدني", "هيئة الأرصاد الجوية"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void aStatementWithNoIssuerNamedIsGivenAsWritten() {
        List<Block> blocks = paragraphs("وذكر التقرير أن \"أسعار المساكن ارتفعت هذا العام\".");
        assertEquals(List.of("التقرير"), speakers(finder.find(blocks, List.of())));
    }

    @Test
    void aBodyNounWithTheArticleRefersToTheOrganisationNamedBefore() {
        List<Block> blocks = paragraphs(
                "وقعت شركة الكهرباء الوطنية عقدا جديدا لتوسعة المحطة الشمالية.",
                "وأشارت الشركة إلى أن \"المحطة ستعمل بكامل طاقتها في الصيف\".");
        List<Entity> entities = new EntityListBuilder(blocks)
                .organization("شركة الكهرباء الوطنية")
                .build();
        assertEquals(List.of("شركة الكهرباء الوطنية"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void aDefiniteRoleWithoutANameIsThePersonGivenThatRoleBefore() {
        List<Block> blocks = paragraphs(
                "افتتح سعيد الغامدي مدير المكتبة العامة المعرض الجديد صباح اليوم.",
                "وقال مدير المكتبة إن \"الزوار سيجدون كتبا نادرة\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("سعيد الغامدي").build();
        assertEquals(List.of("سعيد الغامدي"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void aQuotationOverTwoParagraphsWithoutItsFirstClosingMarkIsOne() {
        List<Block> blocks = paragraphs(
                "وقالت الباحثة ليلى حداد إن \"المياه الجوفية تتناقص كل عام بسبب الحفر العشوائي.",
                "\"ولا بد من قانون يمنع حفر الآبار من دون ترخيص\".",
                "ومن جهة أخرى ارتفعت الأسعار.");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("ليلى حداد").build();
        List<Quote> quotes = finder.find(blocks, entities);
        assertEquals(1, quotes.size());
        assertEquals(List.of("ليلى حداد"), speakers(quotes));
    }

    @Test
    void anUnclosedMarkAfterThatAndASpeechVerbRunsToTheParagraphsEnd() {
        List<Block> blocks =
                paragraphs("وقال مراد الزين إن \"الوضع مقلق جدا في المخيمات.", "وأضاف الزين أن الحكومة تدرس الأمر.");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("مراد الزين").build();
        List<Quote> quotes = finder.find(blocks, entities);
        assertEquals(List.of("الوضع مقلق جدا في المخيمات"), texts(quotes));
        assertEquals(List.of("مراد الزين"), speakers(quotes));
    }

    @Test
    void aNameCutByTheRecogniserIsReadOnToTheRoleAfterIt() {
        List<Block> blocks = paragraphs(
                "وقال ناصر قديح رئيس لجنة الإغاثة: إن الوضع \"خطير جدا على حياة الأطفال\".",
                "الكاتب سالم الحداد استشهد بقول الشاعر بول فاليري: «الحرب مذبحة».");
        List<Entity> entities = new EntityListBuilder(blocks)
                .person("ناصر")
                .person("سالم الحداد")
                .person("بول فاليري")
                .build();
        assertEquals(List.of("ناصر قديح", "بول فاليري"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void anOrganisationCutByTheRecogniserKeepsItsAdjectiveOfOrigin() {
        List<Block> blocks = paragraphs(
                "وقال نادي الصيد اليوم: إن \"الموسم بدأ مبكرا\".",
                "وقالت هيئة الموانئ الماليزية إن \"الحطام وصل إلى الشاطئ\".");
        List<Entity> entities = new EntityListBuilder(blocks)
                .organization("نادي الصيد")
                .organization("هيئة الموانئ")
                .build();
        assertEquals(List.of("نادي الصيد", "هيئة الموانئ الماليزية"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void bayyanaBeforeAColonOrThatIsASpeechVerbAndBetweenIsNot() {
        List<Block> blocks = paragraphs(
                "وقال عادل فهمي إن العمل مستمر. وبين: \"سننتهي من الطريق في الشتاء\".",
                "وجلس الطلاب بين الكتب المتراكمة وهم يرددون \"نريد مكتبة أكبر من هذه\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("عادل فهمي").build();
        assertEquals(
                List.of("عادل فهمي"), speakers(finder.find(blocks, entities)).subList(0, 1));
    }

    @Test
    void aLongQuotationWithoutACueBelongsToThePersonOpeningItsSentence() {
        List<Block> blocks = paragraphs(
                "وعرض نبيل الأحمد في مقابلة مع صحيفة محلية رؤيته التي تتمثل في \"إقامة سوق مشتركة بين البلدين بلا جمارك\".",
                "وأضاف \"لا أرى أي فرصة للنمو دون حدود مفتوحة\".",
                "ونشر الموقع صورة \"الجسر\" القديم.");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("نبيل الأحمد").build();
        List<Quote> quotes = finder.find(blocks, entities);
        assertEquals(List.of("نبيل الأحمد", "نبيل الأحمد"), speakers(quotes).subList(0, 2));
    }

    @Test
    void aSourceDescribedByItsBelongingIsWhatALaterDefiniteSourceRefersTo() {
        List<Block> blocks = paragraphs(
                "وقال مصدر عسكري ليبي معارض إن \"القصف مستمر\".",
                "ونقلت الوكالة عن مصدر تابع للحكومة أن \"الوضع هادئ\".",
                "وبرأي المصدر، فإن \"هذا التحول يغير المعادلة\".");
        assertEquals(
                List.of("مصدر عسكري ليبي معارض", "مصدر تابع للحكومة", "مصدر تابع للحكومة"),
                speakers(finder.find(blocks, List.of())));
    }

    @Test
    void aRoleAfterTheNameIsNotReadIntoItBeforeAnotherRole() {
        List<Block> blocks = paragraphs("وقال هاني فاخوري نائب رئيس البنك إن التضخم \"يقلق الأسواق\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("هاني فاخوري").build();
        assertEquals(List.of("هاني فاخوري"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void theMinistryThatSpokeBeforeIssuesTheStatementItGave() {
        List<Block> blocks = paragraphs(
                "أعلنت وزارة الدفاع الأمريكية مقتل قيادي في غارة.",
                "وأوضحت الوزارة أن الغارة جرت الشهر الماضي، وذلك في بيان تم توزيعه على الصحفيين.",
                "وتابع البيان أن \"مقتله سيحد من قدرات التنظيم\".");
        List<Entity> entities = new EntityListBuilder(blocks)
                .organization("وزارة الدفاع الأمريكية")
                .build();
        assertEquals(List.of("وزارة الدفاع الأمريكية"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void thePersonRightBeforeThatAfterALongRoleIsTheSpeaker() {
        List<Block> blocks = paragraphs(
                "وقال مدير مكتب الحملة الوطنية لإغاثة المتضررين في الجنوب وليد بن علي الجلال \"إن المشروع يوفر المنازل للعائلات\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("وليد بن علي الجلال").build();
        assertEquals(List.of("وليد بن علي الجلال"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void whatCameInTheMinistrysStatementIsTheMinistrys() {
        List<Block> blocks = paragraphs(
                "وأعلنت وزارة النقل أن الحطام وصل إلى الميناء. وجاء في بيان الوزارة أن \"السلطات تحققت من ذلك\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).organization("وزارة النقل").build();
        assertEquals(List.of("وزارة النقل"), speakers(finder.find(blocks, entities)));
    }

    @Test
    void aBodyReadFromTheTextKeepsItsAdjectiveAndIsWhatTheBodyNounRefersTo() {
        List<Block> blocks = paragraphs(
                "وأعلنت هيئة الموانئ الماليزية أن \"الحطام وصل إلى الشاطئ\".",
                "وجاء في بيان الهيئة أن \"الفحص سيستغرق أسبوعا\".");
        assertEquals(
                List.of("هيئة الموانئ الماليزية", "هيئة الموانئ الماليزية"), speakers(finder.find(blocks, List.of())));
    }

    @Test
    void anIndefiniteStatementSpeaksForTheBodyNamedAfterIt() {
        List<Block> blocks = paragraphs(
                "وأوضح البيان أن \"الطلب قدم رسميا\".",
                "وقال بيان من مكتب الوزير: إن المذكرة تتعلق \"بحادثة القرية بشكل خاص\".",
                "وقال بيان صادر عن هيئة الإحصاء العامة إن \"التضخم تراجع\".");
        assertEquals(List.of("البيان", "مكتب الوزير", "هيئة الإحصاء العامة"), speakers(finder.find(blocks, List.of())));
    }

    @Test
    void aFeminineBodyAfterAMasculineVerbIsItsObjectNotItsSubject() {
        List<Block> blocks = paragraphs(
                "وقال المندوب كمال الساعدي إن الوضع خطير.",
                "ودعا الهيئة الدولية إلى وقفة جادة لوقف هذا \"التصعيد الكبير\".",
                "ودعت الهيئة الدولية في بيانها إلى \"ضبط النفس من جميع الأطراف\".");
        List<Entity> entities = new EntityListBuilder(blocks)
                .person("كمال الساعدي")
                .organization("الهيئة الدولية")
                .build();
        assertEquals(List.of("كمال الساعدي", "الهيئة الدولية"), speakers(finder.find(blocks, entities)));
    }
}
