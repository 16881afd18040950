package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.quote.Fixtures.paragraphs;
import static org.sahifa.quote.Fixtures.speakers;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/**
 * Speakers on unseen news, round 6 (issue 14, docs/news-eval.md): a role with no name is the person given that role
 * earlier or else the role as written, ending where the role ends; a body's head noun before its quoted name is not
 * the speaker. Sentences made up for this test, none taken from the evaluation articles.
 */
class SpeakersRound6Test {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> speakersOf(List<Block> blocks, List<Entity> entities) {
        return speakers(finder.find(blocks, entities));
    }

    @Test
    void aDefiniteRoleWithNoNameAndNoOneGivenItEarlierIsTheRoleAsWritten() {
        List<Block> blocks = paragraphs("وقال المتحدث باسم البلدية إن \"الطرق ستفتح قبل نهاية الشهر\".");
        assertEquals(List.of("المتحدث باسم البلدية"), speakersOf(blocks, List.of()));
    }

    @Test
    void theRoleEndsBeforeFiAndAPlaceOrDateAndBeforeTimeWords() {
        List<Block> blocks = paragraphs(
                "وأوضح مدير المستشفى في مدينة الخرج أمس أن \"الحالات كلها مستقرة\".",
                "وقال رئيس مجلس الإدارة في الثالث من الشهر: \"الأرباح ستوزع على المساهمين\".");
        List<Entity> entities = new EntityListBuilder(blocks).location("الخرج").build();
        assertEquals(List.of("مدير المستشفى", "رئيس مجلس الإدارة"), speakersOf(blocks, entities));
    }

    @Test
    void anIndefiniteSpokesmanForABodyIsGivenWithTheBody() {
        List<Block> blocks = paragraphs("ووصف متحدث باسم الخارجية الكندية الاتفاق بأنه \"خطوة في الطريق الصحيح\".");
        assertEquals(List.of("متحدث باسم الخارجية الكندية"), speakersOf(blocks, List.of()));
    }

    @Test
    void theRoleStillNamesThePersonGivenItEarlier() {
        List<Block> blocks = paragraphs(
                "افتتح مدير المستشفى الدكتور نادر الحربي الجناح الجديد صباح اليوم.",
                "وقال مدير المستشفى إن \"الجناح يتسع لمئة سرير\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("نادر الحربي").build();
        assertEquals(List.of("نادر الحربي"), speakersOf(blocks, entities));
    }

    @Test
    void aPossessiveRoleIsNotGivenAsWritten() {
        List<Block> blocks = paragraphs("وقال مديرها إن \"المدرسة ستفتح أبوابها في الموعد\".");
        assertEquals(Arrays.asList((String) null), speakersOf(blocks, List.of()));
    }

    @Test
    void aLaterVerbContinuesTheRoleGivenAsWritten() {
        List<Block> blocks = paragraphs(
                "وقالت المتحدثة باسم الشرطة إن \"التحقيق ما زال جاريا\".", "وأضافت: \"لم نعتقل أحدا حتى الآن\".");
        assertEquals(List.of("المتحدثة باسم الشرطة", "المتحدثة باسم الشرطة"), speakersOf(blocks, List.of()));
    }

    @Test
    void aBodysHeadNounBeforeItsQuotedNameIsNotTheSpeaker() {
        List<Block> blocks =
                paragraphs("وأشارت شبكة «نور الإخبارية» إلى أن افتتاح الجسر «سيغير حركة النقل في المنطقة كلها».");
        assertEquals(List.of("نور الإخبارية"), speakersOf(blocks, List.of()));
    }

    @Test
    void aRoleEndsBeforeASecondSubjectJoinedByWa() {
        List<Block> blocks = paragraphs("وقال رئيس البلدية والوفد المرافق له إن \"المشروع سيكتمل في الربيع\".");
        assertEquals(List.of("رئيس البلدية"), speakersOf(blocks, List.of()));
    }

    @Test
    void forOnesPartTheSentencesOwnSubjectSpeaksNotThePersonNamedLast() {
        List<Block> blocks = paragraphs(
                "قال المدرب فهد الصالح إن \"الفريق لعب جيدا\".",
                "من جهته، هنأ رئيس الاتحاد سامي العنزي، اللاعبين والمدرب فهد الصالح، على الفوز، معتبرا أن \"اللقب"
                        + " جاء بعد تعب طويل\".");
        List<Entity> entities = new EntityListBuilder(blocks)
                .person("فهد الصالح")
                .person("سامي العنزي")
                .build();
        assertEquals(List.of("فهد الصالح", "سامي العنزي"), speakersOf(blocks, entities));
    }

    @Test
    void aStatementOfABodyInConstructIsTheBodysNotThePersonAfterIt() {
        List<Block> blocks = paragraphs("وأفاد بيان مكتب وزير الداخلية خالد الراشد \"إن التحقيق بدأ صباح اليوم\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("خالد الراشد").build();
        assertEquals(List.of("مكتب وزير الداخلية"), speakersOf(blocks, entities));
    }

    @Test
    void aStatementOfABodysHeadNounIsTheBodyNamedEarlier() {
        List<Block> blocks = paragraphs(
                "أعلن الجيش الوطني مقتل جنديين في هجوم على دورية قرب الحدود.",
                "وقال بيان الجيش: \"سنلاحق المهاجمين أينما كانوا\".",
                "وتابع البيان أن \"الدورية كانت تؤدي مهمة روتينية\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).organization("الجيش الوطني").build();
        assertEquals(List.of("الجيش الوطني", "الجيش الوطني"), speakersOf(blocks, entities));
    }

    @Test
    void aRoleWithAnAdjectiveOfOriginIsThePersonGivenTheRoleWordEarlier() {
        List<Block> blocks =
                paragraphs("تسلم مدرب النادي الجديد ماركو فيلاني مهامه أمس. وتحدث المدرب الإيطالي عن خطته قائلا: \"نريد"
                        + " اللقب هذا الموسم\".");
        List<Entity> entities =
                new EntityListBuilder(blocks).person("ماركو فيلاني").build();
        assertEquals(List.of("ماركو فيلاني"), speakersOf(blocks, entities));
    }
}
