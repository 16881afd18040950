package org.sahifa.nlp;

/**
 * One-word persons that are everyday words (issue 14 §1, class 4), by evidence that does not depend on the word: a
 * word that unlabelled news seldom writes where names stand ({@link WordEvidence#isEverydayWord}: «شيء», «الآن»,
 * «حد»), and a noun or verb with an attached pronoun («إرباكه», «بينه»: the word without «ه», «ها», «هم», «هما» or
 * «كم» is an everyday word or has the shape of a verbal noun). A word after a title, or on a name list as a whole, stays a name.
 */
final class EverydayPersons {
    /** Attached pronouns, longest first, as written (with «ه», never the ta marbuta «ة»). */
    private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "ها", "كم", "ه"};
    /** Fewest letters left before the pronoun. */
    private static final int MIN_BASE = 3;

    private EverydayPersons() {}

    /**
     * Drops the first word of a longer person chunk when it is an everyday word with an attached pronoun: «شاعرهم»
     * (their poet) before the poet's name.
     */
    static void dropPronounHeads(String[] tokens, SentenceWords s, String[] tags, Gazetteer gazetteer) {
        for (int i = 0; i + 1 < tags.length; i++) {
            if (tags[i].equals("B-PERS")
                    && tags[i + 1].equals("I-PERS")
                    && s.shape[i].equals("ar")
                    && gazetteer.nameKind(s.norm[i]) == null
                    && !NameWords.followsTitle(s, i)
                    && hasPronounOnEverydayWord(tokens[i], s.norm[i], gazetteer)) {
                tags[i] = "O";
                tags[i + 1] = "B-PERS";
            }
        }
    }

    /** True if the one-word person at {@code k} ({@code token} as written) is an everyday word, not a name. */
    static boolean isEverydayAlone(String token, SentenceWords s, int k, Gazetteer gazetteer) {
        if (!s.shape[k].equals("ar") || NameWords.followsTitle(s, k)) {
            return false;
        }
        Gazetteer.Kind kind = gazetteer.nameKind(s.norm[k]);
        if (kind == Gazetteer.Kind.GIVEN || kind == Gazetteer.Kind.FAMILY) {
            return false;
        }
        boolean nameByLetters = NameLetters.shared().probability(s.norm[k]) >= FirstNameRuns.NAME_LIKE;
        return WordEvidence.shared().isEverydayWord(s.norm[k]) && !nameByLetters
                || kind == null && hasPronounOnEverydayWord(token, s.norm[k], gazetteer);
    }

    /** True if the word as written ends in an attached pronoun and what comes before it is an everyday word. */
    static boolean hasPronounOnEverydayWord(String token, String norm, Gazetteer gazetteer) {
        String written = withoutMarks(token);
        for (String suffix : PRONOUN_SUFFIXES) {
            if (!written.endsWith(suffix) || norm.length() - suffix.length() < MIN_BASE) {
                continue;
            }
            String base = norm.substring(0, norm.length() - suffix.length());
            String stem = ArabicWords.stem(base);
            // a noun in ta marbuta keeps it as «ت» before the pronoun: «صورته» is «صورة» + «ه»
            String withTaMarbuta = base.endsWith("ت") ? base.substring(0, base.length() - 1) + "ه" : null;
            return isVerbalNoun(stem) && gazetteer.nameKind(stem) == null
                    || isEveryday(base, gazetteer)
                    || isEveryday(stem, gazetteer)
                    || withTaMarbuta != null && isEveryday(withTaMarbuta, gazetteer);
        }
        return false;
    }

    /**
     * The shape of a verbal noun of the derived forms, normalised: «إفعال» («إرباك»), «افتعال» («انتقال»), «استفعال»
     * («استخدام»), «تفعيل» («تطوير»). Names of these shapes («إسحاق», «إلهام») are on the name lists.
     */
    static boolean isVerbalNoun(String w) {
        int n = w.length();
        boolean ifal = n == 5 && w.charAt(0) == 'ا' && w.charAt(3) == 'ا';
        boolean iftial = n == 6 && w.charAt(0) == 'ا' && w.charAt(4) == 'ا';
        boolean istifal = n == 7 && w.startsWith("است") && w.charAt(5) == 'ا';
        boolean tafil = n == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي';
        return ifal || iftial || istifal || tafil;
    }

    private static boolean isEveryday(String word, Gazetteer gazetteer) {
        return gazetteer.nameKind(word) == null
                && (gazetteer.isCommon(word)
                        || NameWords.NEVER_NAMES.contains(word)
                        || WordEvidence.shared().isEverydayWord(word));
    }

    /** The token without short vowels, tanween and tatweel, its letters as written. */
    private static String withoutMarks(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
