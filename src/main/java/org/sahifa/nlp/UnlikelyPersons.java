package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.chunkEnd;

import java.util.List;
import java.util.Set;

/**
 * Person chunks that the words themselves speak against, dropped or cut short after the other person rules: a word
 * written with tanween («إيمانًا», an indefinite noun), words of a vocalised passage (verse, scripture: «ألا يُحْيي
 * شهامتَكم ندائي»), and, for a one-word person, an ordinal, a compound name's tail, a nationality adjective, a plural
 * with the article, a verb, a predicate after a pronoun («هو حنون») or a word that is an everyday word once only its conjunction is read off («وكائنات» is «و» +
 * «كائنات», not «وك» + a name «ائنات»).
 */
final class UnlikelyPersons {
    /** Tanween: fathatan, dammatan, kasratan. */
    private static final String TANWEEN = "\u064B\u064C\u064D";
    /** Short vowels and sukun: fatha, damma, kasra, sukun (shadda alone is common in unvocalised news). */
    private static final String SHORT_VOWELS = "\u064E\u064F\u0650\u0652";
    /** Words on each side of a vocalised person word that are looked at. */
    static final int PASSAGE_WINDOW = 5;
    /** Other vocalised words in that window that make it a vocalised passage. */
    static final int PASSAGE_MIN_VOCALISED = 2;

    /** Endings of a plural or dual noun or adjective with the article: «الدبلوماسيون», «الميداليتان». */
    private static final String[] PLURAL_ENDINGS = {"يون", "يين", "تان", "تين"};

    private final Gazetteer gazetteer;

    UnlikelyPersons(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(String[] tokens, SentenceWords s, String[] tags) {
        EverydayPersons.dropPronounHeads(tokens, s, tags, gazetteer);
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].equals("B-PERS")) {
                continue;
            }
            int end = chunkEnd(tags, i, "PERS");
            int cut = end;
            for (int k = i; k < end && cut == end; k++) {
                if (hasTanween(tokens[k]) && !isListedAccusative(s, k)
                        || isInVocalisedPassage(tokens, k)
                        || k == i && end - i == 1 && (isUnlikelyAlone(s, k) || isPredicateAfterPronoun(s, k))
                        || k == i && end - i == 1 && EverydayPersons.isEverydayAlone(tokens[k], s, k, gazetteer)) {
                    cut = k;
                }
            }
            for (int k = cut; k < end; k++) {
                tags[k] = "O";
            }
            i = end - 1;
        }
    }

    /**
     * The second half of compound names («صلاح الدين», «سيف الدولة»): part of a name, never one alone («اعتنق الدين»,
     * he embraced the religion).
     */
    private static final Set<String> COMPOUND_TAILS = Set.of("الدين", "الدوله");

    /**
     * A one-word person that is no name by its form: the tail of a compound name, a nationality adjective, an ordinal
     * («الأول», «السادس»), a plural or dual with the article («الوطنيون», «الميداليتان»), a verb on no name list
     * («يعقدون»), or an everyday word read through its clitics ({@link #isClitickedEverydayWord}).
     */
    private boolean isUnlikelyAlone(SentenceWords s, int k) {
        return COMPOUND_TAILS.contains(s.stem[k])
                || isNationalityAlone(s, k)
                || s.shape[k].equals("ar") && !s.isListedName(k) && isNoNameAlone(s.norm[k], gazetteer)
                || NameWords.ORDINAL_WORDS.contains(s.stem[k])
                || isClitickedEverydayWord(s, k);
    }

    /**
     * True if a normalised word on no name list is, by its form, no name on its own: an ordinal or the tail of a
     * compound name (whatever the lists say), a plural or dual with the article, or a verb ({@link PersonEnds#isUnlistedVerb}). Also keeps such a
     * word, the last of a longer name («محمد السادس»), from being carried alone to its other occurrences.
     */
    static boolean isNoNameAlone(String norm, Gazetteer gazetteer) {
        String stem = ArabicWords.stem(norm);
        if (NameWords.ORDINAL_WORDS.contains(stem) || COMPOUND_TAILS.contains(stem)) {
            return true;
        }
        if (gazetteer.nameKind(norm) != null || gazetteer.nameKind(stem) != null) {
            return false;
        }
        if (PersonEnds.isUnlistedVerb(norm, gazetteer)) {
            return true;
        }
        if (!stem.startsWith("ال") || stem.length() < 7) {
            return false;
        }
        for (String ending : PLURAL_ENDINGS) {
            if (stem.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A nationality adjective alone is no person: «مسؤول يمني» (a Yemeni official), «مع نظيره الإثيوبي»; unless a name
     * list has the word as a given or family name.
     */
    private boolean isNationalityAlone(SentenceWords s, int k) {
        boolean nationality = false;
        for (String form : new String[] {s.norm[k], s.stem[k]}) { // «فرنسي» is not «ف» + «رنسي»
            boolean singular = form.endsWith("ي") || form.endsWith("يه"); // «كينيون» (Kenyon) is not «Kenyans»
            nationality |= singular && NationalityAdjectives.isNationality(form.startsWith("ال") ? form : "ال" + form);
        }
        Gazetteer.Kind kind = gazetteer.nameKind(s.norm[k]);
        return nationality && s.shape[k].equals("ar") && kind != Gazetteer.Kind.GIVEN && kind != Gazetteer.Kind.FAMILY;
    }

    /** Separate personal pronouns, normalised, with «و» or «ف» before them or not. */
    private static final Set<String> PRONOUNS =
            Set.of("هو", "هي", "هم", "هن", "انا", "انت", "انتم", "نحن", "وهو", "وهي", "وهم", "فهو", "فهي", "فهم");

    /**
     * A one-word person right after a personal pronoun is its predicate, an adjective or a noun («وكيف هو حنون»: how
     * tender it is), unless it is a well-known given or family name.
     */
    private boolean isPredicateAfterPronoun(SentenceWords s, int k) {
        if (k == 0 || !PRONOUNS.contains(s.norm[k - 1]) || !s.shape[k].equals("ar")) {
            return false;
        }
        Gazetteer.Kind kind = gazetteer.nameKind(s.norm[k]);
        return kind != Gazetteer.Kind.GIVEN && kind != Gazetteer.Kind.FAMILY && kind != Gazetteer.Kind.NAME_FREQUENT;
    }

    /** True if the token carries tanween, the mark of an indefinite noun or adjective («إيمانًا», «قاطعٌ»). */
    static boolean hasTanween(String token) {
        for (int c = 0; c < token.length(); c++) {
            if (TANWEEN.indexOf(token.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A listed given name in the accusative («رأيت محمدًا»): the word without its final «ا» is a well-known given name
     * and not an everyday word. «إيمانًا» (faith) is an everyday word as well as a name, so it is not kept.
     */
    private boolean isListedAccusative(SentenceWords s, int k) {
        String norm = s.norm[k];
        if (!norm.endsWith("ا")) {
            return false;
        }
        String base = norm.substring(0, norm.length() - 1);
        return gazetteer.nameKind(base) == Gazetteer.Kind.GIVEN
                && !gazetteer.isCommon(base)
                && !NameWords.AMBIGUOUS_NAMES.contains(base);
    }

    /** True if the token carries a short vowel or sukun: a vocalised word. */
    static boolean isVocalised(String token) {
        for (int c = 0; c < token.length(); c++) {
            char ch = token.charAt(c);
            if (SHORT_VOWELS.indexOf(ch) >= 0 || TANWEEN.indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A vocalised word among other vocalised words: verse or scripture quoted in the article, where news prose writes
     * names bare. One vocalised name in plain prose («السيدة مَنشِم بنت عامر», vowels given to read a rare name) is not
     * concerned.
     */
    static boolean isInVocalisedPassage(String[] tokens, int k) {
        if (!isVocalised(tokens[k])) {
            return false;
        }
        int others = 0;
        for (int j = Math.max(0, k - PASSAGE_WINDOW); j <= Math.min(tokens.length - 1, k + PASSAGE_WINDOW); j++) {
            if (j != k && isVocalised(tokens[j])) {
                others++;
            }
        }
        return others >= PASSAGE_MIN_VOCALISED;
    }

    /**
     * A one-word person read through two clitic letters to a stem on no list, where the word without its conjunction
     * is a word of the news vocabulary ({@link WordClusters}): «وكائنات» is «و» + «كائنات» (creatures), not «وك» + a
     * name «ائنات». The least-stripped reading that is a word wins; a word any reading of which is a listed place or
     * name («وكاظم», «وبوتين») is left alone, unless only the stem is, on the rare Wikidata name words.
     */
    private boolean isClitickedEverydayWord(SentenceWords s, int k) {
        if (!s.shape[k].equals("ar") || s.clitic[k].length() < 2) {
            return false;
        }
        List<String> readings = ArabicWords.procliticSplits(s.norm[k]);
        for (String reading : readings) {
            Gazetteer.Kind kind = gazetteer.nameKind(reading);
            boolean rare = kind == Gazetteer.Kind.NAME_RARE && reading.equals(s.stem[k]);
            if (kind != null && !rare || gazetteer.isPlace(reading)) {
                return false;
            }
        }
        String afterConjunction = readings.size() > 1 ? readings.get(1) : s.norm[k];
        return !afterConjunction.equals(s.stem[k])
                && !WordClusters.shared()
                        .of(afterConjunction, afterConjunction)[0]
                        .equals(WordClusters.UNKNOWN);
    }
}
