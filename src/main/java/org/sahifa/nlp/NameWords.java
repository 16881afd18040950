package org.sahifa.nlp;

import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.lexicon.WordList;

/**
 * The word lists the entity rules combine (loaded from {@code resources/lexicon/}, see {@link org.sahifa.lexicon})
 * and the tests on words and BIO tags that several rule classes share.
 *
 * <p>All lists hold normalised forms ({@link ArabicWords#normalize}) compared with clitic-stripped stems.
 */
final class NameWords {
    private NameWords() {
    }

    /** Titles and roles that announce a person: «الرئيس», «وزير», «الشيخ», «المدرب» … */
    static final Set<String> PERSON_TITLES = Lexicon.words("person-titles");

    /** Words a title may be followed by before the name itself: «المتحدث باسم وزارة الخارجية …». */
    static final Set<String> TITLE_LINKS = Lexicon.words("title-links");

    /** Words that name a kind of organisation and are often followed by its quoted name: «وكالة “ريا نوفوستي”». */
    static final Set<String> ORGANISATION_CUES = Lexicon.words("organisation-cues");

    static final String OPENING_QUOTES = "“«\"'„‘";

    static final String CLOSING_QUOTES = "”»\"'“’";

    /** Longest quoted name the organisation rule accepts, in words. */
    static final int MAX_QUOTED_NAME = 4;

    /** Longest person name the rules build, in words. */
    static final int MAX_NAME_WORDS = 4;

    /** How many words may sit between a title and the name: «وزير الخارجية الروسي سيرغي». */
    static final int MAX_TITLE_GAP = 4;

    /** Person-name particles joined to the name around them: «بن», «أبو», «عبد». */
    private static final WordList PARTICLES = WordList.load("name-particles");

    static final Set<String> NAME_PARTICLES_AFTER = PARTICLES.foldedWhere(1, "yes");

    static final Set<String> NAME_PARTICLES_BEFORE = PARTICLES.foldedWhere(2, "yes");

    /** Particles that open a family name used on its own: «بن عمر», «أبو زيد». */
    static final Set<String> SHORT_FORM_PARTICLES = PARTICLES.foldedWhere(3, "yes");

    /** Words before a place name: «مدينة», «العاصمة», «في», «إلى» … */
    static final Set<String> PLACE_CUES = Lexicon.words("place-cues");

    /** Given names that are also everyday words (hope, beauty, peace, just, light …): names only in name context. */
    static final Set<String> AMBIGUOUS_NAMES = Lexicon.words("ambiguous-given-names");

    /**
     * Nouns for a kind of place: never a person's name («حي», listed as a given name, is "neighbourhood" before
     * «الشيخ جراح»), and not a place name on their own («الحي», the neighbourhood, is also a town on the place list).
     */
    static final Set<String> PLACE_NOUNS = Lexicon.words("place-nouns");

    /**
     * Nouns for a kind of place that the place's own name follows: «مخيم بلاطة», «حي البياع», «نهر الليطاني»,
     * «بلدتي الباذان وطلوزة» (two towns).
     */
    static final Set<String> PLACE_KIND_NOUNS = Lexicon.words("place-kind-nouns");

    /**
     * Everyday words that open many place names («عين الصفا», «بئر السبع», «دير البلح», «كفر قاسم», «تل الربيع»): after
     * a place-kind noun they begin the name with the word after them («قرية عين الصفا»).
     */
    static final Set<String> PLACE_NAME_HEADS = Lexicon.words("place-name-heads");

    /** «العاصمة» and the like, which a nationality adjective may separate from the name: «العاصمة الإريترية أسمرا». */
    static final Set<String> CAPITAL_NOUNS = Lexicon.words("capital-nouns");

    /** Compass words between a place noun and the name («إقليم شمال وزيرستان»), or before a name («شمال الضفة»). */
    static final Set<String> COMPASS_WORDS = Lexicon.words("compass-words");

    /** Function words that never start a name, even when a name list contains them. */
    static final Set<String> NEVER_NAMES = Lexicon.words("never-names");

    /** Words that open a sports club's name before its city: «دينامو كييف», «ريال مدريد», «ستيوا بوخارست». */
    static final Set<String> CLUB_PREFIXES = Lexicon.words("club-prefixes");

    /** Spokesperson words after which «باسم» means "on behalf of", not the given name Basem. */
    static final Set<String> SPOKESPERSON_WORDS = Lexicon.words("spokesperson-words");


    static boolean isPersonNameWord(SentenceWords s, int i) {
        String stem = s.stem[i];
        if (NEVER_NAMES.contains(stem) || NEVER_NAMES.contains(s.norm[i]) || PERSON_TITLES.contains(stem)
                || PLACE_NOUNS.contains(stem)
                || TITLE_LINKS.contains(stem) || PLACE_CUES.contains(stem)
                || !s.place[i].equals(SentenceWords.NO_PLACE)) {
            return false;
        }
        return s.isListedName(i) || s.shape[i].equals("Lc") || AMBIGUOUS_NAMES.contains(stem);
    }


    /** True if a person title (with at most {@link #MAX_TITLE_GAP} linking words) comes right before {@code i}. */
    static boolean followsTitle(SentenceWords s, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 1 - MAX_TITLE_GAP; j--) {
            String stem = s.stem[j];
            if (anyReadingIn(PERSON_TITLES, s, j)) {
                return true;
            }
            boolean link = TITLE_LINKS.contains(stem) || (stem.startsWith("ال") && !s.isListedName(j));
            if (!link || !s.shape[j].equals("ar")) {
                return false;
            }
        }
        return false;
    }


    /** Where the chunk of {@code type} (PERS, LOC, ORG, MISC) that opens at {@code start} ends: the index after its last word. */
    static int chunkEnd(String[] tags, int start, String type) {
        String inside = "I-" + type;
        int end = start + 1;
        while (end < tags.length && tags[end].equals(inside)) {
            end++;
        }
        return end;
    }


    /** A nationality or relation adjective with the article: «الأفريقي», «الدولية». */
    static boolean isNisba(SentenceWords s, int i) {
        String stem = s.stem[i];
        return stem.startsWith("ال") && (stem.endsWith("ي") || stem.endsWith("يه")) && stem.length() > 4;
    }


    /**
     * True if the Arabic words from {@code from} to {@code end} carry neither the article nor the conjunction «و»
     * (a one-letter preposition reading is often part of a foreign name: «باتريس»).
     */
    static boolean noArticleFrom(SentenceWords s, int from, int end) {
        for (int j = from; j < end; j++) {
            if (!s.shape[j].equals("ar") || s.stem[j].startsWith("ال") || s.clitic[j].startsWith("و")) {
                return false;
            }
        }
        return true;
    }


    /** True if any clitic reading of the word is in the set: «ووكالة» and «وكالة» both find «وكاله». */
    static boolean anyReadingIn(Set<String> words, SentenceWords s, int i) {
        for (String reading : ArabicWords.procliticSplits(s.norm[i])) {
            if (words.contains(reading)) {
                return true;
            }
        }
        return false;
    }


    static boolean isQuote(String token, String quotes) {
        return token.length() == 1 && quotes.indexOf(token.charAt(0)) >= 0;
    }


    static boolean isLatinCapital(SentenceWords s, int i) {
        return s.shape[i].equals("Lc") || s.shape[i].equals("LU");
    }


    /** A future-tense prefix (with «و» or «ف» before it) or the plural ending «وا». */
    static boolean looksLikeVerb(String norm) {
        String w = norm.length() > 4 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
        boolean future = w.length() > 3 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0;
        return future || norm.length() > 3 && norm.endsWith("وا");
    }


    /** Turns an I- tag that does not continue a chunk of its type into B-. */
    static void repairBio(String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].startsWith("I-")) {
                String prev = i > 0 ? tags[i - 1] : "O";
                if (prev.equals("O") || !prev.substring(2).equals(tags[i].substring(2))) {
                    tags[i] = "B-" + tags[i].substring(2);
                }
            }
        }
    }
}
