package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.EntityType;

/**
 * Shapes of a subject that the phrase reader ({@link PhraseReader}) hands over to keep itself small:
 * <ul>
 *   <li>an indefinite role with adjectives of origin is an unnamed source: «باحث مصري», «دبلوماسي غربي»;
 *   <li>a role alone («الرئيس الفنلندي») is the person first given that role in apposition: «يوهان كارلسون،
 *       رئيس جمهورية فنلندا»;
 *   <li>a name the recogniser cut short is read on to the colon: «… سعد مساعد القحطاني:» when only «سعد» was
 *       found.
 * </ul>
 */
final class SubjectShapes {
    /** Most words a cut name is read on by, up to the colon. */
    static final int MAX_WORDS_TO_COLON = 2;

    private SubjectShapes() {}

    /**
     * The index of the last adjective of origin or source descriptor after the indefinite role at token {@code
     * role} («باحث مصري», «مصدر عسكري معارض»), or -1 when the role has the article or no such adjective follows.
     */
    static int nisbaEnd(List<Token> toks, int role, int end) {
        if (ArabicText.isDefinite(ArabicText.stripClitic(toks.get(role).folded()))) {
            return -1;
        }
        int last = -1;
        for (int k = role + 1;
                k < end
                        && toks.get(k).isWord()
                        && (PhraseWords.isNisba(toks.get(k).folded())
                                || WordLists.isDescriptor(toks.get(k).folded()));
                k++) {
            last = k;
        }
        return last;
    }

    /**
     * The person named right before a comma and the first of {@code roleWords} (bare, see {@link
     * PhraseWords#bareRole}) when the others are adjectives of origin («الرئيس الفنلندي»), searching back from token {@code from} of block {@code b} over at most {@code blocksBack} paragraphs.
     */
    static String personBeforeRole(
            List<List<Token>> tokens, EntityIndex entities, int b, int from, List<String> roleWords, int blocksBack) {
        for (int k = 1; k < roleWords.size(); k++) {
            if (!PhraseWords.isNisba(roleWords.get(k))) {
                return null; // «رئيس النادي» has a complement of its own; only «الرئيس الفنلندي» is looked up
            }
        }
        String role = roleWords.get(0);
        for (int block = b; block >= Math.max(0, b - blocksBack); block--) {
            List<Token> toks = tokens.get(block);
            int last = block == b ? Math.min(from, toks.size()) - 1 : toks.size() - 1;
            for (int k = last; k >= 2; k--) {
                if (!toks.get(k).isWord()
                        || !PhraseWords.isComma(toks.get(k - 1))
                        || !PhraseWords.bareRole(toks.get(k).folded()).equals(role)) {
                    continue;
                }
                Token name = toks.get(k - 2);
                EntityIndex.Located located = entities.at(block, name.start(), name.end());
                if (located != null && located.entity().type() == EntityType.PERSON) {
                    return located.entity().name();
                }
            }
        }
        return null;
    }

    /**
     * The person found at token {@code j}, read on to a colon when one to {@value #MAX_WORDS_TO_COLON} words that
     * could be the rest of the name stand between the mention and the colon and the recogniser's name is the text
     * itself; otherwise the recogniser's name.
     */
    static String nameToColon(String text, List<Token> toks, int j, EntityIndex.Located person) {
        String name = person.entity().name();
        int k = j;
        while (k < toks.size() && toks.get(k).start() < person.mention().end()) {
            k++;
        }
        int words = 0;
        while (k < toks.size() && toks.get(k).isWord() && words < MAX_WORDS_TO_COLON && isNamePart(toks, k)) {
            k++;
            words++;
        }
        boolean cut = words > 0
                && k < toks.size()
                && toks.get(k).isPunctuation(':')
                && ArabicText.fold(person.mention().text()).equals(ArabicText.fold(name));
        return cut ? text.substring(person.mention().start(), toks.get(k - 1).end()) : name;
    }

    /**
     * A word that may continue a name: not a particle, cue, time word or a preposition's object, and not a role
     * with the article or with its complement («رئيس الهيئة»); «مساعد» of «سعد مساعد القحطاني» is a name.
     */
    private static boolean isNamePart(List<Token> toks, int k) {
        String w = toks.get(k).folded();
        boolean role = WordLists.isRole(w)
                && (ArabicText.isDefinite(w)
                        || (k + 1 < toks.size()
                                && toks.get(k + 1).isWord()
                                && WordLists.isRoleComplement(toks.get(k + 1).folded())));
        return !role
                && !WordLists.isFunctionWord(w)
                && CueWords.lookup(w) == null
                && !WordLists.isTimeWord(w)
                && !PhraseWords.isPrepositionalDefinite(w);
    }

    /** «ندد بسياسة …» for a verb whose object takes «ب»: the word after the verb is its object, not its subject. */
    static boolean startsWithObjectPreposition(EntityIndex entities, int b, Token t, String preposition) {
        if (preposition.isEmpty()) {
            return false;
        }
        String w = t.folded();
        if (w.equals(preposition)) {
            return true;
        }
        if (preposition.length() == 1 && w.startsWith(preposition) && w.length() > 2) {
            EntityIndex.Located located = entities.at(b, t.start(), t.end());
            return located == null || located.mention().start() > t.start();
        }
        return false;
    }

    /**
     * The person named by a quoted name right after a speech verb («قال "سامي عوض" مدير …»), without its marks, or
     * null when the quoted name is no person's name.
     */
    static Speaker quotedPerson(String text, Token quotedName, Gender gender) {
        String inside = text.substring(quotedName.start(), quotedName.end());
        int from = 0;
        int to = inside.length();
        while (from < to && !Character.isLetter(inside.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(inside.charAt(to - 1))) {
            to--;
        }
        String name = inside.substring(from, to);
        return !name.isEmpty() && QuoteFinder.isNameLikeSpeaker(name) ? new Speaker(name, gender) : null;
    }
}
