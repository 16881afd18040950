package org.sahifa.quote;

import java.util.List;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.model.EntityType;

/**
 * The person a sentence's opening role names when the role has a long complement or the name stands in apposition
 * between commas, so that a later «وقال: "…"» refers to that person (issue 14 §1 class 9, round 9):
 * <ul>
 *   <li>«ندد رئيس هيئة الإغاثة في المنطقة الشرقية الشيخ فلان الفلاني بالهجوم»;
 *   <li>«وكان أبرز نائب عن ولاية كذا، فلان الفلاني، قد أعلن …» (after «كان» the subject follows it).
 * </ul>
 * The walk starts at a role word within two words of the verb and goes over words (the body or place the role is
 * held in, even when the recogniser tagged it) and commas to the first person whose mention starts at a word. It
 * stops where the subject cannot go on: the sentence's end, a mark, a colon, «إن»/«أن», a relative pronoun (the
 * clause after «الذي» says something about the role), «مع», a role with «ب» (an object: «التقى الوزير بالسفير
 * فلان»), a role with a possessive («نظيره»: another person), or a second office after the complement began
 * («استقبل وزير الداخلية في مكتبه السفير فلان»: the ambassador is the object). Honorifics before a name («الشيخ»,
 * «الدكتور») are no second office.
 */
final class RoleComplementWalk {
    /** Most tokens from the verb to the name: a role, a complement of several words, honorifics, two commas. */
    static final int REACH = 20;

    /** «وكان», «فكانت»: the auxiliary opening a sentence whose subject follows it. */
    private static final Set<String> AUXILIARIES = Set.of("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت");
    /** Words that end a subject before any name: relative pronouns, «مع», the conjunctions of a reported clause. */
    private static final Set<String> STOPS = Set.of(
            "الذي", "التي", "الذين", "اللذان", "اللتان", "مع", "ان", "بان", "وان", "انه", "انها", "بانه", "بانها");
    /** Titles of address, learning and rank that stand before a name, not offices of their own (shared lexicon). */
    private static final Set<String> HONORIFICS = Lexicon.words("titles-of-address");

    private RoleComplementWalk() {}

    /** True for «كان»/«وكانت»: the sentence's verb is an auxiliary and its subject comes after it. */
    static boolean isAuxiliary(String folded) {
        return AUXILIARIES.contains(folded);
    }

    /**
     * The person the role after the verb at token {@code verb} of block {@code b} leads to, before token {@code
     * limit}; null when no role opens the subject or the walk stops before a person.
     */
    static EntityIndex.Located personAfterRole(EntityIndex entities, int b, List<Token> toks, int verb, int limit) {
        int role = -1;
        for (int k = verb + 1; k < limit && k <= verb + 2 && toks.get(k).isWord(); k++) {
            if (WordLists.isRole(toks.get(k).folded())
                    && !WordLists.isPossessedRole(toks.get(k).folded())) {
                role = k;
                break;
            }
        }
        if (role < 0) {
            return null;
        }
        boolean complement = false;
        for (int k = role + 1; k < limit && k <= verb + REACH; k++) {
            Token t = toks.get(k);
            if (PhraseWords.isComma(t)) {
                continue;
            }
            if (!t.isWord() || t.endsSentence()) {
                return null;
            }
            EntityIndex.Located located = entities.at(b, t.start(), t.end());
            if (located != null && located.entity().type() == EntityType.PERSON) {
                return located.mention().start() == t.start() ? located : null;
            }
            String w = t.folded();
            if (STOPS.contains(w) || WordLists.isPossessedRole(w) || objectRole(w)) {
                return null;
            }
            boolean isRole = located == null && WordLists.isRole(w);
            if (isRole && complement && !HONORIFICS.contains(w)) {
                return null;
            }
            complement |= !isRole;
        }
        return null;
    }

    /** «بالسفير», «بوزير»: a role with the preposition «ب», the object of the verb rather than its subject. */
    private static boolean objectRole(String folded) {
        return folded.length() > 3 && folded.charAt(0) == 'ب' && WordLists.isRole(folded.substring(1));
    }

    /** A title of address, learning or rank («الشيخ», «الدكتور», «اللواء»): see titles-of-address.tsv. */
    static boolean isTitleOfAddress(String folded) {
        return HONORIFICS.contains(folded);
    }
}
