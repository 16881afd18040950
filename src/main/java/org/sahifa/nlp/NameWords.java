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
    private NameWords() {}

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** Titles and roles that announce a person: «الرئيس», «وزير», «الشيخ», «المدرب» … */
    static final Set<String> PERSON_TITLES = Lexicon.words("person-titles");

    private static final WordList ROLES = WordList.load("roles");
    /** Roles a name may follow in any form: «وزير», «المحامية», «مندوب». */
    static final Set<String> ROLES_ANY_FORM = ROLES.foldedWhere(2, "any");
    /** Roles a name may follow only with the article: «الأمين» (not «أمين», a given name). */
    static final Set<String> ROLES_WITH_ARTICLE = ROLES.foldedWhere(2, "definite");
    /** Not a lone «ه»: folded, it is also the ة of «محافظة» (a governorate, not «his governor»). */
    private static final String[] POSSESSIVE_SUFFIXES = {"هما", "هم", "ها"};
    /** Bodies and groups that complete a role: «مدرب فريق …», «الأستاذة في كلية …» (the quote lists, shared). */
    static final Set<String> ROLE_COMPLEMENTS =
            union(Lexicon.words("institutions"), Lexicon.words("title-nouns"), Lexicon.words("group-heads"));
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
    static final int MAX_TITLE_GAP = 6;

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
    /** Words of time («أمس», «الخميس»), normalised: after an everyday given name they make it the time noun. */
    static final Set<String> TIME_WORDS = Lexicon.words("time-words").stream()
            .map(ArabicWords::normalize)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

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
    /** Compass words that are also everyday words («وسط», amid): compass words only before a listed place. */
    static final Set<String> COMPASS_BEFORE_LISTED_PLACE =
            WordList.load("compass-words").foldedWhere(1, "yes");

    /** Ordinal numbers with the article («الأول», «السادس»): never a one-word person. */
    static final Set<String> ORDINAL_WORDS = Lexicon.words("ordinal-words");

    /** Function words that never start a name, even when a name list contains them. */
    static final Set<String> NEVER_NAMES = Lexicon.words("never-names");

    /** Words that open a sports club's name before its city: «دينامو كييف», «ريال مدريد», «ستيوا بوخارست». */
    static final Set<String> CLUB_PREFIXES = Lexicon.words("club-prefixes");

    /** Spokesperson words after which «باسم» means "on behalf of", not the given name Basem. */
    static final Set<String> SPOKESPERSON_WORDS = Lexicon.words("spokesperson-words");

    /** Past-tense speech verbs («قال», «أضاف»), from the speaker finder's list. */
    private static final Set<String> SPEECH_VERBS = Lexicon.words("speech-verbs");

    /** A past-tense speech verb, masculine or feminine, with or without «و»/«ف»: «وقال», «وأضافت», «فأكد». */
    static boolean isSpeechVerb(SentenceWords s, int i) {
        if (i < 0 || !s.shape[i].equals("ar")) {
            return false;
        }
        for (String reading : ArabicWords.procliticSplits(s.norm[i])) {
            String masculine = reading.endsWith("ت") ? reading.substring(0, reading.length() - 1) : reading;
            if (SPEECH_VERBS.contains(reading) || SPEECH_VERBS.contains(masculine)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPersonNameWord(SentenceWords s, int i) {
        String stem = s.stem[i];
        if (NEVER_NAMES.contains(stem)
                || NEVER_NAMES.contains(s.norm[i])
                || PERSON_TITLES.contains(stem)
                || isTitle(s, i)
                || PLACE_NOUNS.contains(stem)
                || TITLE_LINKS.contains(stem)
                || PLACE_CUES.contains(stem)
                || !s.place[i].equals(SentenceWords.NO_PLACE)) {
            return false;
        }
        return s.isListedName(i) || s.shape[i].equals("Lc") || AMBIGUOUS_NAMES.contains(stem);
    }

    /** True if a person title (with at most {@link #MAX_TITLE_GAP} linking words) comes right before {@code i}. */
    static boolean followsTitle(SentenceWords s, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 1 - MAX_TITLE_GAP; j--) {
            if (isTitle(s, j)) {
                return true;
            }
            if (!isTitleLink(s, j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A title or role: on the model's title list ({@link #PERSON_TITLES}), or a role of the shared lexicon read with or
     * without a clitic and the article («والمحامية», «مندوب»), or with a possessive pronoun («مديرها», «رئيسه»).
     * Roles that are also given names or everyday nouns («أمين», «فريق») count only with the article.
     */
    static boolean isTitle(SentenceWords s, int j) {
        if (anyReadingIn(PERSON_TITLES, s, j)) {
            return true;
        }
        for (String reading : ArabicWords.procliticSplits(s.norm[j])) {
            boolean definite = reading.startsWith("ال") && reading.length() > 3;
            String bare = definite ? reading.substring(2) : reading;
            if (ROLES_ANY_FORM.contains(bare)
                    || definite && ROLES_WITH_ARTICLE.contains(bare)
                    || !definite && possessedRole(bare)) {
                return true;
            }
        }
        return false;
    }

    /** «مديرها», «رئيسهم», «ممثلته»: a role with a pronoun suffix (ة written ت before it). */
    private static boolean possessedRole(String word) {
        for (String suffix : POSSESSIVE_SUFFIXES) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String base = word.substring(0, word.length() - suffix.length());
                String feminine = base.endsWith("ت") ? base.substring(0, base.length() - 1) + "ه" : base;
                if (ROLES_ANY_FORM.contains(base)
                        || ROLES_ANY_FORM.contains(feminine)
                        || ROLES_WITH_ARTICLE.contains(base)
                        || ROLES_WITH_ARTICLE.contains(feminine)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A word that may stand between a title and the name, completing the title and not part of the name: a linking word
     * («باسم», «في», «السابق»), a word with the article, a body or group («كلية», «صندوق», «فريق»), a listed place
     * («مندوب السعودية»), or a quotation mark around a body's name («الخبير في صندوق "النقد الدولي"»).
     */
    static boolean isTitleLink(SentenceWords s, int j) {
        if (isQuote(s.norm[j], OPENING_QUOTES) || isQuote(s.norm[j], CLOSING_QUOTES)) {
            return true;
        }
        if (!s.shape[j].equals("ar")) {
            return false;
        }
        String stem = s.stem[j];
        if (TITLE_LINKS.contains(stem)
                || TITLE_LINKS.contains(s.norm[j])
                || stem.startsWith("ال") && !s.isListedName(j)
                || !s.place[j].equals(SentenceWords.NO_PLACE)) {
            return true;
        }
        for (String reading : ArabicWords.procliticSplits(s.norm[j])) {
            if (ROLE_COMPLEMENTS.contains(ArabicWords.bare(reading))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a (clitic-stripped) word that opens names on the lexicon's lists: a place-kind noun, a water head, a
     * compass word, a club prefix, a kind of organisation or a body («مخيم», «خليج», «شمال», «ريال», «وكالة»,
     * «جامعة»).
     */
    static boolean opensNames(String reading) {
        return PLACE_KIND_NOUNS.contains(reading)
                || ROLE_COMPLEMENTS.contains(reading)
                || OrganisationRules.MEDIA_NOUNS.contains(reading)
                || CompoundPlaces.WATER_HEADS.contains(reading)
                || COMPASS_WORDS.contains(reading)
                || CLUB_PREFIXES.contains(reading)
                || ORGANISATION_CUES.contains(reading);
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
