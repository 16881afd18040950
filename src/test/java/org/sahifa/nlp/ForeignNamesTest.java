package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.model.EntityType.LOCATION;
import static org.sahifa.model.EntityType.PERSON;
import static org.sahifa.nlp.Articles.assertListed;
import static org.sahifa.nlp.Articles.assertNoneOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Entity;

/**
 * Issue 14 §1 class 3: names on no list, mostly foreign names in Arabic letters, found by their letters
 * ({@link NameLetters}) where the context says a person or a place stands. Names and sentences are made up.
 */
class ForeignNamesTest {
    @Test
    void lettersTellNameWordsFromEverydayWords() {
        NameLetters letters = NameLetters.shared();
        for (String name : new String[] {"كوابينا", "زفيريفيتش", "لوبيتيغي", "نغيسو", "أدومو"}) {
            double p = letters.probability(ArabicWords.normalize(name));
            assertTrue(p >= ForeignNames.MIN_PROBABILITY, name + " " + p);
        }
        for (String word : new String[] {"الحكومة", "وأضاف", "سترتفع", "المزارعين", "مسؤول", "لاحقا"}) {
            double p = letters.probability(ArabicWords.normalize(word));
            assertTrue(p < ForeignNames.MIN_PROBABILITY, word + " " + p);
        }
    }

    @Test
    void unlistedNamesAfterARoleAndANationalityArePeople() {
        assertListed(PERSON, "كوابينا أدومو", "وأعلن الرئيس الغاني كوابينا أدومو أن الحكومة ستدعم المزارعين.");
        assertListed(PERSON, "دونيس ساسو نغيسو", "وأكد الرئيس الكونغولي دونيس ساسو نغيسو أن الانتخابات في موعدها.");
        assertListed(PERSON, "ناتاليا زفيريفيتش", "وقالت اللاعبة البيلاروسية ناتاليا زفيريفيتش إنها سعيدة.");
    }

    @Test
    void unlistedNamesBetweenASpeechVerbAndItsCueArePeople() {
        assertListed(PERSON, "موانغي كاريوكي", "وقال موانغي كاريوكي إن الحكومة ستعيد النظر في القرار.");
    }

    @Test
    void unlistedWordsAfterAListedGivenNameJoinIt() {
        assertListed(PERSON, "جان لوكاسو", "وأكد جان لوكاسو أن الشركة لن تغلق المصنع.");
    }

    @Test
    void noPersonWithoutPersonContext() {
        assertNoneOf(PERSON, "وقالت الشركة الفرنسية إن أرباحها ارتفعت في الربع الثاني.");
        assertNoneOf(PERSON, "وقال مسؤول حكومي إن الاجتماع تأجل إلى الأسبوع المقبل.");
        assertNoneOf(PERSON, "وقال رئيس الوزراء إن الحكومة ستعلن خطتها قريبا.");
        assertNoneOf(PERSON, "وكان للأب في البيت مكانة، وللمعلم هيبة، وللجار حق.");
        assertNoneOf(PERSON, "واشترت المجموعة شركة الأمن الرقمي الإسرائيلية تالوريم بمبلغ كبير.");
    }

    @Test
    void unlistedWordsAfterAKindOfPlaceAreOnePlace() {
        assertListed(LOCATION, "بوانت نوار", "ووصل الوفد إلى مدينة بوانت نوار الساحلية صباح الأحد.");
        assertListed(LOCATION, "جزيرة موريكا أوتاي", "وتقع جزيرة موريكا أوتاي جنوب الأرخبيل.");
        List<Entity> villages = Articles.recognize("وقع الهجوم بين قريتي ماسوندو وكيبارو في شرق البلاد.");
        assertEquals(List.of("ماسوندو", "كيبارو"), Articles.names(villages, LOCATION), villages.toString());
        String sentence = "ويعيش المزارع في منطقة ساوث ريدجلي ببريطانيا منذ سنوات.";
        assertTrue(
                Articles.names(Articles.recognize(sentence), LOCATION).stream().noneMatch(n -> n.endsWith("ببريطانيا")),
                "a word with a proclitic opens a new place: " + Articles.names(Articles.recognize(sentence), LOCATION));
    }
}
