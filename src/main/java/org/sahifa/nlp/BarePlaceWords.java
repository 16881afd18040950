package org.sahifa.nlp;

import java.util.HashSet;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;

/**
 * One-word places that name no place, in an article (issue 14 §1 classes 5 and 6):
 * <ul>
 *   <li>a head noun alone: a place-kind noun, a head that opens place names, a water head, a compass word or a kind of
 *       land, without the name that would follow it («قصر» of «في قصر العدل», «البحر», «صحراء», «غرب»). Some are
 *       also small towns on the city list, and the model tags them next to a name it missed. A head with a generic
 *       noun of place after it names none either: «ريف المدينة» (the city's countryside), «وسط المنطقة»;
 *   <li>a country whose name is also its nationality adjective, right after a definite noun it describes: «الكرة
 *       السعودية», «الحملة الوطنية السعودية». A definite noun takes no definite genitive after it, so the second word
 *       is its adjective; after a preposition, an indefinite noun or «و» the country stays («في السعودية», «أمير
 *       السعودية», «الرياض والسعودية»).
 * </ul>
 */
final class BarePlaceWords {
    /** Heads recognised with or without the article: «البحر», «الريف», «الغرب». */
    private static final Set<String> HEADS_EITHER_WAY = headsEitherWay();
    /**
     * Heads recognised only without the article: with it some are how a city is named at home («المدينة» for Medina)
     * or refer back to a place just named («المنطقة»).
     */
    private static final Set<String> HEADS_WITHOUT_ARTICLE = headsWithoutArticle();

    private BarePlaceWords() {}

    static void apply(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-LOC")) {
                continue;
            }
            int end = NameWords.chunkEnd(tags, i, "LOC");
            boolean noName = end == i + 1
                    ? isHeadAlone(s.stem[i]) || isAdjectiveAfterDefiniteNoun(s, tags, i)
                    : end == i + 2 && isHeadAlone(s.stem[i]) && NameWords.PLACE_NOUNS.contains(s.stem[i + 1]);
            if (noName) {
                for (int k = i; k < end; k++) {
                    tags[k] = "O"; // «ريف المدينة»: a head and a generic noun are no name either
                }
            }
            i = end - 1;
        }
    }

    static boolean isHeadAlone(String stem) {
        if (HEADS_WITHOUT_ARTICLE.contains(stem) || HEADS_EITHER_WAY.contains(stem)) {
            return true;
        }
        return stem.startsWith("ال") && HEADS_EITHER_WAY.contains(stem.substring(2));
    }

    private static boolean isAdjectiveAfterDefiniteNoun(SentenceWords s, String[] tags, int i) {
        if (i == 0 || !s.clitic[i].isEmpty() || !NationalityAdjectives.isNationality(s.stem[i])) {
            return false;
        }
        String before = s.stem[i - 1];
        return tags[i - 1].equals("O")
                && before.startsWith("ال")
                && before.length() > 3
                && !NationalityAdjectives.isNationality(before) // «العربية السعودية», the country's long name split
                && !NameWords.CAPITAL_NOUNS.contains(before)
                && !before.equals("المملكه");
    }

    private static Set<String> headsEitherWay() {
        Set<String> heads = new HashSet<>(Lexicon.words("landform-nouns"));
        heads.addAll(CompoundPlaces.WATER_HEADS);
        heads.addAll(NameWords.COMPASS_WORDS);
        heads.remove("قناه"); // «القناة» is as often a television channel
        return Set.copyOf(heads);
    }

    private static Set<String> headsWithoutArticle() {
        Set<String> heads = new HashSet<>(NameWords.PLACE_KIND_NOUNS);
        heads.addAll(NameWords.PLACE_NAME_HEADS);
        heads.removeAll(Set.of("ام", "ابو", "بني", "عرب", "سيدي")); // also open persons' and tribes' names
        return Set.copyOf(heads);
    }
}
