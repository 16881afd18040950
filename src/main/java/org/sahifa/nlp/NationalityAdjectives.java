package org.sahifa.nlp;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Set;
import org.sahifa.lexicon.WordList;

/**
 * Nationality and regional adjectives with the article: «الإسباني», «الفرنسية», «الكونغولي», «الأوروبيين». They are
 * derived from CLDR's Arabic country names (through ICU4J: «إسبانيا» gives «إسباني», «مصر» «مصري», «البرازيل»
 * «برازيلي») and completed by the lexicon list {@code nationality-adjectives}, which also names derived forms that are
 * everyday adjectives («المالي», financial). Any other adjective in «ي»/«ية» («الرياضية», «الاقتصادية») is not one.
 */
final class NationalityAdjectives {
    /** Endings of the adjective after its masculine «ي»: feminine, plurals, dual. */
    private static final String[] ENDINGS = {"يه", "يون", "يين", "يات", "يان", "ي"};

    private static final Set<String> ADJECTIVES = load();

    private NationalityAdjectives() {}

    /** True if the (clitic-stripped, normalised) word is a nationality adjective with the article. */
    static boolean isNationality(String stem) {
        if (!stem.startsWith("ال") || stem.length() < 5) {
            return false;
        }
        String bare = stem.substring(2);
        for (String ending : ENDINGS) {
            if (bare.endsWith(ending) && bare.length() > ending.length() + 1) {
                return ADJECTIVES.contains(bare.substring(0, bare.length() - ending.length()) + "ي");
            }
        }
        return false;
    }

    /** Masculine adjectives without the article, normalised: derived from country names, plus the list, minus «no». */
    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        ULocale arabic = new ULocale("ar");
        for (String code : ULocale.getISOCountries()) {
            String name = ArabicWords.normalize(new ULocale("", code).getDisplayCountry(arabic));
            if (name.indexOf(' ') >= 0 || !ArabicWords.isArabic(name)) {
                continue;
            }
            String bare = ArabicWords.bare(name);
            // «إسبانيا» → «إسباني», «أمريكا» → «أمريكي», «مصر» → «مصري», «السعودية» → «سعودي».
            if (bare.endsWith("يا")) {
                out.add(bare.substring(0, bare.length() - 1));
            } else if (bare.endsWith("ا") || bare.endsWith("ه")) {
                out.add(bare.substring(0, bare.length() - 1) + "ي");
                if (bare.endsWith("يه")) {
                    out.add(bare.substring(0, bare.length() - 1));
                }
            } else if (!bare.endsWith("ي")) {
                out.add(bare + "ي");
            }
        }
        WordList list = WordList.load("nationality-adjectives");
        out.addAll(list.foldedWhere(1, ""));
        out.removeAll(list.foldedWhere(1, "no"));
        return Set.copyOf(out);
    }
}
