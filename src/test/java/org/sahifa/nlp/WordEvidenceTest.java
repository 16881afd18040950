package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 14, people round 5: the evidence counted from unlabelled news, on sentences made up for this test. */
class WordEvidenceTest {
    private static void add(WordEvidence.Counter counter, String sentence, int times) {
        for (int i = 0; i < times; i++) {
            counter.add(sentence.split(" "));
        }
    }

    private static Set<String> lines(WordEvidence.Counter counter, String kind) {
        Set<String> out = new HashSet<>();
        for (String line : counter.lines()) {
            if (line.startsWith(kind + "\t")) {
                out.add(line.substring(kind.length() + 1));
            }
        }
        return out;
    }

    @Test
    void aWordWrittenWithItsFirstLetterAsOftenAsWithoutIsWhole() {
        WordEvidence.Counter counter = new WordEvidence.Counter();
        add(counter, "التقى وزكاريتو بالوفد", 4); // «وزكاريتو» 4 times, «زكاريتو» 3: whole
        add(counter, "وصل زكاريتو أمس", 3);
        add(counter, "وصل كمال أمس", 10); // «وكمال» 3 times, «كمال» 10: «و» + «كمال»
        add(counter, "التقى وكمال بالوفد", 3);
        Set<String> whole = lines(counter, WordEvidence.WHOLE);
        assertTrue(whole.contains("وزكاريتو"));
        assertFalse(whole.contains("وكمال"));
    }

    @Test
    void aFrequentWordSeldomBesideNamesIsEveryday() {
        WordEvidence.Counter counter = new WordEvidence.Counter();
        add(counter, "وكان القرار صعبا", WordEvidence.Counter.MIN_EVERYDAY);
        add(counter, "وقال الرئيس سلفادور إن", WordEvidence.Counter.MIN_EVERYDAY); // after a title every time
        Set<String> everyday = lines(counter, WordEvidence.EVERYDAY);
        assertTrue(everyday.contains("القرار"));
        assertFalse(everyday.contains("سلفادور"));
    }

    @Test
    void aWordWithTheArticleWrittenAfterGivenNamesIsAFamilyName() {
        WordEvidence.Counter counter = new WordEvidence.Counter();
        add(counter, "وقال محمد الزبيدوني إن", 1); // after three given names, 3 times of 5
        add(counter, "وقال أحمد الزبيدوني إن", 1);
        add(counter, "وقال خالد الزبيدوني إن", 1);
        add(counter, "على أساس حسن الجوار والتعاون", 5); // after one given name only: a set phrase
        add(counter, "وقال الزبيدوني إن", 2);
        add(counter, "وصل محمد الكتاب الجديد", 1); // «الكتاب» after a given name once, in 20 occurrences
        add(counter, "وقرأ الطالب الكتاب كاملا", 19);
        Set<String> family = lines(counter, WordEvidence.FAMILY);
        assertTrue(family.contains("الزبيدوني"));
        assertFalse(family.contains("الكتاب"));
        assertFalse(family.contains("الطالب")); // after «قرأ», not a given name
        assertFalse(family.contains("الجوار"));
    }

    @Test
    void theResourceReadsBackWhatTheCounterWrites() {
        WordEvidence evidence = new WordEvidence(Set.of("وارين"), Set.of("شيء"), Set.of());
        assertTrue(evidence.keepsFirstLetter("وارين"));
        assertTrue(evidence.isEverydayWord("شيء"));
        assertFalse(evidence.isEverydayWord("وارين"));
        assertEquals(false, WordEvidence.shared().isEverydayWord("محمد"));
        WordEvidence withFamily = new WordEvidence(Set.of(), Set.of(), Set.of(), Set.of("العتيبي"));
        assertTrue(withFamily.isFamilyName("العتيبي"));
        assertFalse(evidence.isFamilyName("العتيبي"));
        assertTrue(WordEvidence.shared().isFamilyName("الغامدي")); // the bundled resource holds the set
        assertFalse(WordEvidence.shared().isFamilyName("الحكومه"));
    }
}
