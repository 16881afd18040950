package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.model.EntityType.LOCATION;
import static org.sahifa.model.EntityType.ORGANIZATION;
import static org.sahifa.nlp.Articles.assertListed;
import static org.sahifa.nlp.Articles.assertNotListed;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, round 13: places and organisations as dev2 and dev3 showed them (made-up sentences). */
class PlacesOrganisationsRound13Test {
    @Test
    void aNationalityInThePluralIsNoPlace() {
        assertNotListed(LOCATION, "بريطانيون", "وأصيب عشرون سائحا أغلبهم بريطانيون في الحادث.");
        assertNotListed(LOCATION, "الأمريكيين", "وانتقد الوزير الأمريكيين في كلمته أمس.");
        // the country itself stays
        assertListed(LOCATION, "بريطانيا", "وعاد السياح إلى بريطانيا مساء الأحد.");
    }

    @Test
    void aNameEndsBeforeAListedPlaceOrAnotherBodyAfterTheConjunction() {
        String text = "واجتمع وزراء مجلس التعاون والولايات المتحدة في الدوحة مساء أمس.";
        assertListed(ORGANIZATION, "مجلس التعاون", text);
        assertListed(LOCATION, "الولايات المتحدة", text);
        assertNotListed(ORGANIZATION, "مجلس التعاون والولايات المتحدة في الدوحة", text);
        String second = "وانتقد البيان حزب الله والنظام السوري بشدة.";
        assertListed(ORGANIZATION, "حزب الله", second);
        assertNotListed(ORGANIZATION, "حزب الله والنظام السوري", second);
        // a coordinated complement that is neither stays in the name
        assertListed(ORGANIZATION, "وزارة الشؤون البلدية والقروية", "وأعلنت وزارة الشؤون البلدية والقروية خطتها.");
    }

    @Test
    void aNameEndsBeforeAParticleThatOpensAClause() {
        assertNotListed(ORGANIZATION, "المنظمة إن الحاسوب", "وقالت المنظمة إن الحاسوب الجديد سريع جدا.");
        // «إن» after a letter name is the letter N: «سي إن إن» keeps its letters, and ends before the particle
        String[] words = {"شبكة", "سي", "إن", "إن", "قد", "أعلنت", "الخبر"};
        String[] tags = {"B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"};
        NameEndsAtClauses.apply(SentenceWords.analyze(words, Gazetteer.shared()), tags);
        assertEquals(List.of("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"), List.of(tags));
    }

    @Test
    void aNameInMarksAfterAKindOfPlaceIsThePlace() {
        String text = "وتقع الشقق الجديدة في منطقة «باترسي» غرب العاصمة.";
        assertListed(LOCATION, "باترسي", text);
        assertNotListed(ORGANIZATION, "باترسي", text);
    }

    @Test
    void aCompanysDescriptionIsNotItsName() {
        String quoted = "وقال تقرير شركة الاستشارات العقارية «جي إل إل» إن الأسعار ارتفعت.";
        assertListed(ORGANIZATION, "جي إل إل", quoted);
        assertNotListed(ORGANIZATION, "شركة الاستشارات العقارية", quoted);
        String plain = "وأكد رئيس شركة التطوير العقاري داماك أن المبيعات زادت.";
        assertListed(ORGANIZATION, "داماك", plain);
        assertNotListed(ORGANIZATION, "شركة التطوير العقاري", plain);
        // with a nationality the words are the company's own name, and the quoted word its short name
        assertListed(
                ORGANIZATION,
                "شركة التعدين العربية السعودية",
                "وتستضيف شركة التعدين العربية السعودية «معادن» المؤتمر.");
    }

    @Test
    void aCityAndTheAdjectiveOfOneOfItsQuartersAreOnePlace() {
        assertListed(LOCATION, "صنعاء القديمة", "وتضررت مبان تاريخية في صنعاء القديمة خلال القصف.");
        assertListed(LOCATION, "القدس الشرقية", "ووصل الوفد إلى القدس الشرقية صباح اليوم.");
        // after a noun in construct the adjective is the noun's: Aden's northern suburb
        assertNotListed(LOCATION, "عدن الشمالية", "وتواصلت المواجهات حول ضاحية عدن الشمالية أمس.");
        // the old town of any city is no name, and a country's part is not read so
        assertNotListed(LOCATION, "المدينة القديمة", "وتجول السياح في المدينة القديمة ساعات.");
        assertNotListed(LOCATION, "السعودية الشرقية", "وهطلت الأمطار على السعودية الشرقية أمس.");
    }

    @Test
    void partiesCommissionsAndForumsAreRead() {
        assertListed(ORGANIZATION, "الحزب الجمهوري", "ويتنافس مرشحو الحزب الجمهوري على الرئاسة.");
        assertNotListed(ORGANIZATION, "الحزب الحاكم", "ويقول الحزب الحاكم إن الانتخابات نزيهة.");
        assertListed(ORGANIZATION, "المفوضية الأوروبية", "وقدمت المفوضية الأوروبية خطة جديدة.");
        assertListed(ORGANIZATION, "منتدى اليراع الثقافي", "أمسية شعرية نظمها منتدى اليراع الثقافي في قاعة الفنون.");
        assertNotListed(ORGANIZATION, "منتدى الحوار", "وشارك الطلاب في منتدى الحوار أمس.");
    }

    @Test
    void aCityInAnEventsNameIsNoOrganisation() {
        String text = "وزار الوفد معرض الرياض الدولي للكتاب أمس.";
        assertNotListed(ORGANIZATION, "الرياض", text);
        assertListed(ORGANIZATION, "معرض الرياض الدولي للكتاب", text);
        // a country after the noun is not read so, nor a city after another noun
        assertNotListed(ORGANIZATION, "مؤتمر فرنسا", "وشارك الوزير في مؤتمر فرنسا أمس.");
        assertListed(LOCATION, "الرياض", "ووصل الوفد إلى الرياض أمس.");
    }

    @Test
    void aBodyNamedAfterATitledPersonKeepsItsTail() {
        assertListed(
                ORGANIZATION,
                "جامعة الملك عبد الله للعلوم والتقنية",
                "نجح الحاسوب الذي تضمه جامعة الملك عبد الله للعلوم والتقنية في أن يحجز مكانه.");
        // the tail ends at a word with another preposition
        assertListed(
                ORGANIZATION, "مستشفى الملك فهد للقوات المسلحة", "وزار الوزير مستشفى الملك فهد للقوات المسلحة بجدة.");
    }
}
