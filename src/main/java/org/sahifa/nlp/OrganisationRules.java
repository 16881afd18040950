package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.*;

/** Rules for organisations in the model's BIO tags: quoted names after a kind of organisation, and sports clubs. */
final class OrganisationRules {
    /** Nouns for a broadcaster or newspaper: «محطة», «إذاعة», «صحيفة». */
    static final java.util.Set<String> MEDIA_NOUNS = org.sahifa.lexicon.Lexicon.words("media-nouns");

    /** Names of newspapers and agencies that are also everyday words or places: «الرياض», «عكاظ». */
    private static final java.util.Set<String> NEWSPAPERS = org.sahifa.lexicon.Lexicon.words("newspaper-names");

    /** Number words a currency follows: «ألف ريال», «مليون ريال». */
    private static final java.util.Set<String> ORDINAL_OR_NUMBER =
            java.util.Set.of("الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "عشره", "مئه", "مائه");

    private OrganisationRules() {}

    /** An organisation cue, an opening quote, up to {@link NameWords#MAX_QUOTED_NAME} words, a closing quote: ORG. */
    static void quotedOrganisations(String[] tokens, SentenceWords s, String[] tags) {
        for (int i = 0; i + 2 < tokens.length; i++) {
            if (!anyReadingIn(ORGANISATION_CUES, s, i) || !isQuote(tokens[i + 1], OPENING_QUOTES)) {
                continue;
            }
            int close = i + 2;
            while (close < tokens.length
                    && close - i - 2 < MAX_QUOTED_NAME
                    && !isQuote(tokens[close], CLOSING_QUOTES)) {
                close++;
            }
            if (close == i + 2 || close >= tokens.length || !isQuote(tokens[close], CLOSING_QUOTES)) {
                continue;
            }
            for (int k = i + 2; k < close; k++) {
                tags[k] = k == i + 2 ? "B-ORG" : "I-ORG";
            }
            i = close;
        }
    }

    /**
     * A club prefix and the word after it are an organisation («دينامو كييف»), whatever the model said; not after a
     * number, where «ريال» is the currency («50 ريال يوميا»), and not before a word with a preposition and the article,
     * which starts the rest of the sentence («إنتر باللقب»).
     */
    static void clubsWithPrefixes(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            boolean afterNumber = i > 0 && (s.shape[i - 1].equals("d") || ORDINAL_OR_NUMBER.contains(s.stem[i - 1]));
            if (afterNumber
                    && CLUB_PREFIXES.contains(s.stem[i])
                    && tags[i].equals("B-ORG")
                    && chunkEnd(tags, i, "ORG") == i + 1) {
                tags[i] = "O"; // «29 مليون ريال.»: the currency the model took for a club
            }
        }
        for (int i = 0; i + 1 < tags.length; i++) {
            if (CLUB_PREFIXES.contains(s.stem[i])
                    && s.shape[i + 1].equals("ar")
                    && !NEVER_NAMES.contains(s.stem[i + 1])
                    && !(i > 0 && (s.shape[i - 1].equals("d") || ORDINAL_OR_NUMBER.contains(s.stem[i - 1])))
                    && !(s.norm[i + 1].length() > 3
                            && "بلكف".indexOf(s.norm[i + 1].charAt(0)) >= 0
                            && s.norm[i + 1].startsWith("ال", 1))
                    && (i + 2 == tags.length || !tags[i + 2].startsWith("I-"))) {
                tags[i] = "B-ORG";
                tags[i + 1] = "I-ORG";
                i++;
            }
        }
    }

    /**
     * A city followed by a masculine nationality adjective is a sports club («ليون الفرنسي», «هامبورغ الألماني»):
     * the city itself takes the feminine form («باريس الفرنسية»). ANERcorp tags such clubs as organisations.
     */
    static void clubsNamedForCities(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            boolean single = tags[i].equals("B-LOC") && !tags[i + 1].equals("I-LOC");
            String next = s.stem[i + 1];
            if (single
                    && tags[i + 1].equals("O")
                    && next.startsWith("ال")
                    && next.endsWith("ي")
                    && next.length() > 4
                    && s.clitic[i + 1].isEmpty()) {
                tags[i] = "B-ORG";
            }
        }
    }

    /**
     * A place name that fills a pair of guillemets on its own is the title of a newspaper or channel
     * («« الشرق الأوسط »», «« الجزيرة »»): an organisation.
     */
    static void quotedPlacesAreTitles(String[] tokens, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            if (!tags[i].equals("B-LOC") || !tokens[i - 1].equals("«")) {
                continue;
            }
            int end = chunkEnd(tags, i, "LOC");
            if (end < tokens.length && tokens[end].equals("»")) {
                for (int k = i; k < end; k++) {
                    tags[k] = (k == i ? "B-" : "I-") + "ORG";
                }
            }
        }
    }

    /**
     * A broadcaster or newspaper named for a place is an organisation: «محطة أمريكا التلفزيونية», «إذاعة لندن». The
     * noun, the place chunk after it and an adjective with the article after that («التلفزيونية») are one name.
     */
    static void mediaNamedForPlaces(SentenceWords s, String[] tags) {
        for (int i = 0; i + 1 < tags.length; i++) {
            if (!tags[i].equals("O") || !tags[i + 1].equals("B-LOC") || !isMediaNoun(s, i)) {
                continue;
            }
            int end = chunkEnd(tags, i + 1, "LOC");
            if (end < tags.length && tags[end].equals("O") && isNisba(s, end) && s.clitic[end].isEmpty()) {
                end++;
            }
            tags[i] = "B-ORG";
            for (int k = i + 1; k < end; k++) {
                tags[k] = "I-ORG";
            }
            i = end - 1;
        }
    }

    /**
     * A newspaper's or agency's name alone in quotation marks is the paper («قال لـ"الرياض"», «نقلت «عكاظ»»), even
     * when it is also a city: the names of {@code newspaper-names.tsv}.
     */
    static void quotedNewspapers(String[] tokens, SentenceWords s, String[] tags) {
        for (int i = 1; i + 1 < tokens.length; i++) {
            if (!isQuote(tokens[i - 1], OPENING_QUOTES)) {
                continue;
            }
            for (int end = i + 1; end < tokens.length && end - i <= 2; end++) {
                if (isQuote(tokens[end], CLOSING_QUOTES) && NEWSPAPERS.contains(joined(s, i, end))) {
                    for (int k = i; k < end; k++) {
                        tags[k] = k == i ? "B-ORG" : "I-ORG";
                    }
                    break;
                }
            }
        }
    }

    private static String joined(SentenceWords s, int start, int end) {
        return String.join(" ", java.util.Arrays.asList(s.norm).subList(start, end));
    }

    private static boolean isMediaNoun(SentenceWords s, int i) {
        for (String reading : ArabicWords.procliticSplits(s.norm[i])) {
            if (MEDIA_NOUNS.contains(reading)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organisation the model ran on past its name is cut back: a title at its end belongs to the person named next
     * («معهد الدراسات الاستراتيجية» + «الدكتور سامر حداد»), and so does an indefinite accusative after a word with the
     * article («بنك مصر المركزي» + «اكتتابا»), which cannot continue a definite name.
     */
    static void organisationEdges(SentenceWords s, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-ORG")) {
                continue;
            }
            int end = chunkEnd(tags, i, "ORG");
            while (end - i > 1 && (isTitle(s, end - 1) || isAccusativeAfterDefinite(s, end - 1))) {
                tags[--end] = "O";
            }
            i = end - 1;
        }
    }

    /** «اكتتابا» after «المركزي»: a word ending in the accusative «ا», on no list, right after a word with the article. */
    private static boolean isAccusativeAfterDefinite(SentenceWords s, int i) {
        return s.shape[i].equals("ar")
                && s.norm[i].length() > 3
                && s.norm[i].endsWith("ا")
                && !s.stem[i].startsWith("ال")
                && !s.isListedName(i)
                && s.place[i].equals(SentenceWords.NO_PLACE)
                && s.stem[i - 1].startsWith("ال");
    }
}
