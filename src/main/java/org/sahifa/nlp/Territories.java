package org.sahifa.nlp;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Set;

/**
 * Countries and world regions by their Arabic names in CLDR (through ICU4J): «العراق», «سوريا», «آسيا», «غرب آسيا»,
 * «أوروبا الشرقية». A compass word before one of them names a part of it («شمال العراق» is one place); before a
 * city it only says where, and the news gold lists the city alone («جنوب كابول» → «كابول»).
 */
final class Territories {
    /** UN M.49 codes of the continents and sub-regions CLDR names (world, Africa, Asia, Western Asia, Europe …). */
    private static final String[] REGIONS = {
        "001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030", "034",
        "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154", "155", "419"
    };

    private static final Set<String> NAMES = load();

    private Territories() {}

    /** True if the normalised phrase ({@link ArabicWords#normalize}, words joined by a space) names a territory. */
    static boolean isTerritory(String phrase) {
        return NAMES.contains(phrase);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        ULocale arabic = new ULocale("ar");
        for (String code : ULocale.getISOCountries()) {
            add(out, new ULocale("", code).getDisplayCountry(arabic));
        }
        for (String code : REGIONS) {
            add(out, new ULocale("", code).getDisplayCountry(arabic));
        }
        return Set.copyOf(out);
    }

    /** The name and its news spellings: «سوريا» also «سورية», without a final «ا» as «ه» (normalised «ة»). */
    private static void add(Set<String> out, String displayName) {
        String name = ArabicWords.normalize(displayName);
        if (name.isBlank() || !ArabicWords.isArabic(name)) {
            return;
        }
        int open = name.indexOf('(');
        if (open > 0) {
            // «ميانمار (بورما)»: both names
            add(out, name.substring(0, open));
            String inside = name.substring(open + 1).replace(")", "").strip();
            if (!inside.contains(" ")) {
                add(out, inside); // not «منطقة إدارية خاصة»
            }
            return;
        }
        name = name.strip();
        out.add(name);
        if (name.endsWith("يا")) {
            out.add(name.substring(0, name.length() - 1) + "ه");
        }
    }
}
