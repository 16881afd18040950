package org.sahifa.quote;

import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.lexicon.WordList;

/**
 * Closed word lists (from {@code resources/lexicon/}, see {@link org.sahifa.lexicon}) the speaker finder and the quoted-name test read, compared in folded form
 * ({@link ArabicText#fold}) and, for nouns, without the article or a clitic.
 */
final class WordLists {
    /** Titles and roles that come before a name: «وزير الخارجية الروسي سيرغي لافروف». */
    private static final Set<String> ROLES = Lexicon.words("roles");
    /** Roles the lexicon marks feminine: «وزيرة», «المحامية». */
    private static final Set<String> FEMININE_ROLES = WordList.load("roles").foldedWhere(1, "f");

    /** Indefinite nouns for a source the article does not name: «قال مسؤول أميركي». */
    private static final Set<String> UNNAMED_SOURCES = Lexicon.words("unnamed-sources");

    /** Adjectives after an unnamed source: «مصدر مطلع»، «مسؤول رفيع». */
    private static final Set<String> DESCRIPTORS = Lexicon.words("source-descriptors");

    /** Words that end a name or a subject: prepositions, particles, pronouns, conjunctions. */
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");

    /** Words of time that may sit between a verb and its subject or after a name: «وقال الخميس». */
    private static final Set<String> TIME_WORDS = Lexicon.words("time-words");
    /** Nouns of saying before a speaker's name: «تصريح نافاس». */
    private static final Set<String> SAYING_NOUNS = Lexicon.words("saying-nouns");

    /**
     * Nouns whose quoted complement is a name or a title, not something said: «وكالة “ريا نوفوستي”»,
     * «صحيفة "الأهرام"», «روايتها “…”», «ندوة بعنوان “…”».
     */
    private static final Set<String> TITLE_NOUNS = Lexicon.words("title-nouns");

    /**
     * Head nouns of the names of armed groups, parties and bodies: a short quoted stretch that opens
     * with one is a name («“الجيش الحر”»، «“الدولة الإسلامية”»، «“وحدات حماية الشعب”»).
     */
    private static final Set<String> GROUP_HEADS = Lexicon.words("group-heads");

    /** Government bodies that complete a role: «المتحدث باسم وزارة الخارجية»، «مدير دائرة الآثار». */
    private static final Set<String> INSTITUTIONS = Lexicon.words("institutions");

    /** A newspaper's or broadcaster's head noun: «صحيفة», «جريدة», «وكالة», «قناة». */
    private static final Set<String> MEDIA_NOUNS = Lexicon.words("media-nouns");

    /** Works, whose quoted complement after a possessive is a title: «روايتها “…”». */
    private static final Set<String> WORKS = Lexicon.words("works");

    /** Words that introduce a name whatever comes before them: «ما يسمى “…”»، «المعروفة باسم “…”». */
    private static final Set<String> NAMING_WORDS = Lexicon.words("naming-words");

    /**
     * Pronoun suffixes on a role: «رئيستها»، «مديرهم». Not a lone «ه»: folded, it is also the ة of «العامة»
     * (and «عام» is a role word).
     */
    private static final String[] ROLE_POSSESSIVE_SUFFIXES = {"هما", "هم", "ها"};

    /** Pronoun suffixes on a title noun: «روايتها»، «كتابه». */
    private static final String[] POSSESSIVE_SUFFIXES = {"هما", "هم", "ها", "ه", "نا", "ي"};

    private WordLists() {}

    static boolean isRole(String folded) {
        return roleWord(folded) != null;
    }

    /**
     * The gender a role gives the person it names: the lexicon's for the listed role, feminine for a role with a
     * possessive whose ة is written ت («رئيستها»), masculine otherwise.
     */
    static Gender roleGender(String folded) {
        String role = roleWord(folded);
        if (role == null) {
            return Gender.UNKNOWN;
        }
        return FEMININE_ROLES.contains(role) || possessedFeminine(folded) ? Gender.FEMININE : Gender.MASCULINE;
    }

    /** «رئيستها», «مديرتهم»: a role with ت before a possessive pronoun is the feminine role. */
    private static boolean possessedFeminine(String folded) {
        for (String suffix : ROLE_POSSESSIVE_SUFFIXES) {
            if (folded.endsWith("ت" + suffix)) {
                return true;
            }
        }
        return false;
    }

    /** «مديرها», «رئيسه»: a role with a possessive pronoun, pointing back to whose role it is. */
    static boolean isPossessedRole(String folded) {
        for (String form : bareForms(folded)) {
            if (ROLES.contains(form)) {
                return false;
            }
        }
        return isRole(folded);
    }

    /** The role word as listed («وزير» for «الوزير»، «وزير»، «ووزير»), or null when the word is no role. */
    static String roleWord(String folded) {
        for (String form : bareForms(folded)) {
            if (ROLES.contains(form)) {
                return form;
            }
            String owner = possessedIn(ROLES, form, ROLE_POSSESSIVE_SUFFIXES);
            if (owner != null) {
                return owner; // «رئيستها»، «مديرهم»
            }
        }
        return null;
    }

    /**
     * The word of {@code set} that {@code form} is with one of the pronoun {@code suffixes}: «روايتها» → «روايه»
     * (folded ة, written ت before a suffix), «كتابه» → «كتاب»; null when there is none.
     */
    private static String possessedIn(Set<String> set, String form, String[] suffixes) {
        for (String suffix : suffixes) {
            if (form.length() > suffix.length() + 2 && form.endsWith(suffix)) {
                String stem = form.substring(0, form.length() - suffix.length());
                if (set.contains(stem)) {
                    return stem;
                }
                String taMarbuta = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : null;
                if (taMarbuta != null && set.contains(taMarbuta)) {
                    return taMarbuta;
                }
            }
        }
        return null;
    }

    static boolean isUnnamedSource(String folded) {
        return UNNAMED_SOURCES.contains(folded) || UNNAMED_SOURCES.contains(ArabicText.stripClitic(folded));
    }

    static boolean isDescriptor(String folded) {
        return DESCRIPTORS.contains(folded);
    }

    /**
     * «قبيل» («shortly before»): a preposition of time that ends a name read from the words («وقال فلان قبيل بدء …»).
     * Kept here, not in function-words.tsv, whose words the entity filter's features read too.
     */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("قبيل");

    static boolean isFunctionWord(String folded) {
        return FUNCTION_WORDS.contains(folded)
                || FUNCTION_WORDS.contains(ArabicText.stripClitic(folded))
                || TIME_PREPOSITIONS.contains(folded);
    }

    static boolean isTimeWord(String folded) {
        return TIME_WORDS.contains(folded) || TIME_WORDS.contains(ArabicText.stripClitic(folded));
    }

    /** True for a noun of saying, bare or with a clitic or the article: «تصريح», «وفي حديث» has «حديث». */
    static boolean isSayingNoun(String folded) {
        return containsBare(SAYING_NOUNS, folded);
    }

    /** True for the head noun of a group's name, with or without the article: «الجيش»، «وحدات». */
    static boolean isGroupHead(String folded) {
        return containsBare(GROUP_HEADS, folded);
    }

    /** True for a word that completes a role rather than starting a name: a title noun, a group or a body. */
    static boolean isRoleComplement(String folded) {
        return isTitleNoun(folded) || isGroupHead(folded) || containsBare(INSTITUTIONS, folded);
    }

    /** True for a body or group a role is held in: «كلية», «صندوق», «الوزارة» (not an event such as «ندوة»). */
    static boolean isBody(String folded) {
        return containsBare(INSTITUTIONS, folded) || isGroupHead(folded);
    }

    /** True for a newspaper's or broadcaster's head noun: «صحيفة», «جريدة», «وكالة». */
    static boolean isMediaNoun(String folded) {
        return containsBare(MEDIA_NOUNS, folded);
    }

    static boolean isNamingWord(String folded) {
        return NAMING_WORDS.contains(folded) || NAMING_WORDS.contains(ArabicText.stripClitic(folded));
    }

    /** True for a title noun, bare («وكالة»)، definite («الوكالة») or with a possessive («روايتها»). */
    static boolean isTitleNoun(String folded) {
        return containsBare(TITLE_NOUNS, folded) || hasPossessive(folded);
    }

    /**
     * True when the word is a work with a possessive pronoun («روايتها»، «كتابه»), so its complement is
     * a title. Groups with a possessive are not: «فريقه “سيحترم الجميع”» is said.
     */
    static boolean hasPossessive(String folded) {
        for (String form : bareForms(folded)) {
            if (possessedIn(WORKS, form, POSSESSIVE_SUFFIXES) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsBare(Set<String> set, String folded) {
        for (String form : bareForms(folded)) {
            if (set.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** The word as written, without a clitic, and each without the article: «والوكالة» gives «وكاله» among others. */
    static String[] bareForms(String folded) {
        String stripped = ArabicText.stripClitic(folded);
        return new String[] {folded, withoutArticle(folded), stripped, withoutArticle(stripped)};
    }

    private static String withoutArticle(String w) {
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }
}
