package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.sahifa.model.EntityType.LOCATION;
import static org.sahifa.model.EntityType.ORGANIZATION;
import static org.sahifa.model.EntityType.PERSON;
import static org.sahifa.nlp.Articles.assertListed;
import static org.sahifa.nlp.Articles.assertNoneOf;
import static org.sahifa.nlp.Articles.assertNotListed;
import static org.sahifa.nlp.Articles.find;
import static org.sahifa.nlp.Articles.recognize;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Entity;

/** Issue 14 round 4, organisations: the phrase reader, names inside institutions, listed names, short forms. */
class OrganisationPhrasesTest {
    @Test
    void aHeadTakesItsDefiniteChainAndCoordinatedComplement() {
        assertListed(
                ORGANIZATION,
                "وزارة الشؤون البلدية والقروية",
                "وأعلنت وزارة الشؤون البلدية والقروية أمس عن خطة جديدة للطرق.");
        assertListed(ORGANIZATION, "هيئة شؤون المزارعين", "وطالبت هيئة شؤون المزارعين بتعويض عادل.");
    }

    @Test
    void aNationalityAdjectiveEndsTheName() {
        assertListed(
                ORGANIZATION, "وزارة الخارجية الأمريكية", "وقالت وزارة الخارجية الأمريكية في بيان إن الوفد سيصل غدا.");
    }

    @Test
    void boundedTailsThatArePartOfTheName() {
        assertListed(
                ORGANIZATION,
                "منظمة الأمن والتعاون في أوروبا",
                "وشاركت منظمة الأمن والتعاون في أوروبا في مراقبة الانتخابات.");
        assertListed(
                ORGANIZATION, "الجمعية العامة للأمم المتحدة", "ودعت الجمعية العامة للأمم المتحدة إلى وقف القتال فورا.");
        assertListed(
                ORGANIZATION, "الوكالة الدولية للطاقة الذرية", "وزار مفتشو الوكالة الدولية للطاقة الذرية الموقع أمس.");
        assertListed(
                ORGANIZATION,
                "المجلس الوطني لسلامة النقل الأسترالي",
                "وأعلن المجلس الوطني لسلامة النقل الأسترالي نتائج التحقيق.");
        assertListed(
                ORGANIZATION, "المديرية العامة الإيطالية للموانئ", "ووقعت المديرية العامة الإيطالية للموانئ الاتفاق.");
    }

    @Test
    void aHeadWithTheArticleNeedsAdjectivesThatMakeAName() {
        assertListed(ORGANIZATION, "الجيش الأوكراني", "وقصف الجيش الأوكراني مواقع المتمردين ليلا.");
        assertListed(ORGANIZATION, "الجمعية الطبية الأردنية", "وأصدرت الجمعية الطبية الأردنية بيانا أمس.");
        assertNotListed(ORGANIZATION, "الشركة الفرنسية", "ووقعت الشركة الفرنسية العقد أمس.");
    }

    @Test
    void genericAndIndefiniteBodiesAreNotNames() {
        assertNoneOf(ORGANIZATION, "وقال المتحدث إن الوزارة ستعلن النتائج قريبا.");
        assertNoneOf(ORGANIZATION, "وتعمل شركات كبرى في هذا القطاع منذ سنوات.");
        assertNoneOf(ORGANIZATION, "وأنشئت وزارة جديدة للشباب هذا العام.");
        assertNoneOf(ORGANIZATION, "وازدادت حركة المرور في الشوارع صباحا.");
    }

    @Test
    void anInstitutionNamedAfterAPersonOrPlaceIsOneOrganisation() {
        List<Entity> hospital = recognize("ونقل المصاب إلى مستشفى الملك فهد لتلقي العلاج.");
        assertNotNull(find(hospital, ORGANIZATION, "مستشفى الملك فهد"), hospital.toString());
        assertEquals(List.of(), Articles.names(hospital, PERSON), hospital.toString());
        List<Entity> paper = recognize("وكتب الصحفي مقالا في جريدة الرياض عن الاقتصاد.");
        assertNotNull(find(paper, ORGANIZATION, "جريدة الرياض"), paper.toString());
        assertEquals(List.of(), Articles.names(paper, LOCATION), paper.toString());
        List<Entity> university = recognize("وتخرجت الطالبة من جامعة الأمير محمد بن عبدالعزيز العام الماضي.");
        assertNotNull(find(university, ORGANIZATION, "جامعة الأمير محمد بن عبدالعزيز"), university.toString());
        assertEquals(List.of(), Articles.names(university, PERSON), university.toString());
    }

    @Test
    void aPlaceAndAnOrganisationOfTheSameNameKeepTheirTypes() {
        List<Entity> entities =
                recognize("وقال الوزير في حديث لـ\"الرياض\" إن الزيارة ناجحة.", "ووصل الوفد إلى الرياض مساء أمس.");
        assertNotNull(find(entities, ORGANIZATION, "الرياض"), entities.toString());
        assertNotNull(find(entities, LOCATION, "الرياض"), entities.toString());
    }

    @Test
    void aForeignWordAfterACompanyHeadIsTheCompanyAndItsShortForm() {
        List<Entity> entities =
                recognize("وتسعى شركة بتروفال إلى قيادة المشروع.", "وقالت بتروفال إن العمل سيبدأ قريبا.");
        Entity company = find(entities, ORGANIZATION, "شركة بتروفال");
        assertNotNull(company, entities.toString());
        assertEquals(2, company.mentions().size(), entities.toString());
        assertListed(ORGANIZATION, "كرونيكس", "وأعلنت المجموعة الصناعية السويدية العملاقة كرونيكس عن أرباحها.");
        assertNotListed(ORGANIZATION, "شركة سعودية", "وفازت شركة سعودية بالعقد.");
    }

    @Test
    void wellKnownShortNamesAreListed() {
        assertListed(ORGANIZATION, "الكنيست", "وصوت الكنيست على القانون بالقراءة الأولى.");
        assertListed(ORGANIZATION, "الجهاد الإسلامي", "ورحبت حركتا حماس والجهاد الإسلامي بالاتفاق.");
    }

    @Test
    void aShortFormOfAnOrganisationJoinsIt() {
        List<Entity> entities = recognize(
                "وأعلنت وزارة الحرس الوطني عن مسابقة جديدة.", "وقال متحدث إن الحرس الوطني سيشارك في التنظيم.");
        Entity guard = find(entities, ORGANIZATION, "وزارة الحرس الوطني");
        assertNotNull(guard, entities.toString());
        assertEquals(2, guard.mentions().size(), entities.toString());
        assertNotListed(
                ORGANIZATION,
                "الحرس الوطني",
                "وأعلنت وزارة الحرس الوطني عن مسابقة جديدة.",
                "وقال متحدث إن الحرس الوطني سيشارك في التنظيم.");
    }

    @Test
    void aHeadThatIsAlsoAVerbalNounNeedsANameAfterIt() {
        assertNotListed(
                ORGANIZATION, "تنظيم المعارض والمؤتمرات", "وتعمل الشركة في مجال تنظيم المعارض والمؤتمرات منذ سنوات.");
        assertNoneOf(ORGANIZATION, "وحجز المسافر مقعدا لدى شركة الطيران أمس.");
        assertListed(ORGANIZATION, "شركة الدهيمان", "ووقعت شركة الدهيمان عقدا لبناء المدرسة.");
    }

    @Test
    void aListedNameAfterAndIsASecondOrganisation() {
        assertListed(ORGANIZATION, "داعش", "وتقاتل الفصائل جبهة النصرة وداعش في الريف الشمالي.");
    }

    @Test
    void aNameEndsAtANationalityAParticipleOrACompanyOfficer() {
        assertNotListed(
                ORGANIZATION, "وزارة الثقافة الأردنية للنشاط", "وقدمت وزارة الثقافة الأردنية للنشاط دعما ماليا.");
        assertNotListed(ORGANIZATION, "مجلس الوزراء والمتضمن", "وصدر قرار مجلس الوزراء والمتضمن تعديل النظام.");
        assertNotListed(ORGANIZATION, "شركة جون سميث", "وقال رئيس شركة جون سميث إن الأرباح زادت.");
        assertListed(ORGANIZATION, "كلية المجتمع", "ودرس الطالب في كلية المجتمع عامين.");
    }

    @Test
    void aShortFormJoinsTheNameItsLongerFormJoined() {
        List<Entity> entities = recognize(
                "وأصدرت اللجنة الدولية للصليب الأحمر تقريرا.",
                "وقالت اللجنة الدولية إن الوضع صعب.",
                "وزار وفد من اللجنة الدولية المخيم.");
        Entity committee = find(entities, ORGANIZATION, "اللجنة الدولية للصليب الأحمر");
        assertNotNull(committee, entities.toString());
        assertEquals(3, committee.mentions().size(), entities.toString());
    }
}
