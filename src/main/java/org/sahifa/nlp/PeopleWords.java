package org.sahifa.nlp;

import java.util.Set;
import org.sahifa.lexicon.Lexicon;

/**
 * A people, ethnic group or sect named by its plural («الأكراد», «الفرس», «الخوارج», {@code peoples.tsv}) is no entity
 * (the annotation conventions), though the model tags some as organisations or places. A one-word chunk that is such a
 * plural is untagged; longer names that contain one stay («حزب العمال الكردستاني», «جماعة الحوثيين»). So is a
 * nationality in the plural, with or without the article («بريطانيون», «الأمريكيين»): the city list even names a town
 * «بريطانيون» (Brits, South Africa), so the model's and the gazetteer's place there is the people (issue 14 §1.6).
 */
final class PeopleWords {
    private static final Set<String> PEOPLES = Lexicon.words("peoples");

    private PeopleWords() {}

    static void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            boolean oneWord = tags[i].startsWith("B-") && (i + 1 == tags.length || !tags[i + 1].startsWith("I-"));
            if (oneWord && (isPeople(s.stem[i]) || isNationalityPlural(s.norm[i]) || isNationalityPlural(s.stem[i]))) {
                tags[i] = "O";
            }
        }
    }

    /** «بريطانيون», «الأمريكيين»: a nationality adjective in its masculine plural («يون»/«يين»). */
    static boolean isNationalityPlural(String word) {
        if (!(word.endsWith("يون") || word.endsWith("يين"))) {
            return false;
        }
        return NationalityAdjectives.isNationality(word.startsWith("ال") ? word : "ال" + word);
    }

    /** True for a people's plural with the article, in either «ون»/«ين» form («الحوثيين» as «الحوثيون»). */
    static boolean isPeople(String stem) {
        if (PEOPLES.contains(stem)) {
            return true;
        }
        return stem.endsWith("ين") && PEOPLES.contains(stem.substring(0, stem.length() - 2) + "ون");
    }
}
