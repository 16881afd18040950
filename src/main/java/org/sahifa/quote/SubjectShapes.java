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
        if (last < 0) {
            int described = UnnamedSources.descriptorEnd(toks, role, end); // «مصدر تابع لها»
            return described > role ? described : -1;
        }
        return last;
    }

    /**
     * The person named right before the role {@code roleWords} (bare, see {@link PhraseWords#bareRole}) earlier in
     * the article, searching back from token {@code from} of block {@code b} over at most {@code blocksBack}
     * paragraphs: for a role with adjectives of origin only («الرئيس الفنلندي»), the person before a comma and the
     * role's first word («يوهان كارلسون، رئيس جمهورية فنلندا»); for a role with its complement («مدير المكتبة»),
     * the person right before the same words, with or without a comma («سعيد الغامدي مدير المكتبة العامة»).
     */
    static String personBeforeRole(
            List<List<Token>> tokens, EntityIndex entities, int b, int from, List<String> roleWords, int blocksBack) {
        boolean nisbaOnly = true;
        for (int k = 1; k < roleWords.size(); k++) {
            nisbaOnly &= PhraseWords.isNisba(roleWords.get(k));
        }
        String role = roleWords.get(0);
        for (int block = b; block >= Math.max(0, b - blocksBack); block--) {
            List<Token> toks = tokens.get(block);
            int last = block == b ? Math.min(from, toks.size()) - 1 : toks.size() - 1;
            for (int k = last; k >= 1; k--) {
                boolean comma = PhraseWords.isComma(toks.get(k - 1));
                boolean same = nisbaOnly
                        ? comma
                                && toks.get(k).isWord()
                                && PhraseWords.bareRole(toks.get(k).folded()).equals(role)
                        : k + roleWords.size() <= toks.size() && PhraseWords.sameRoleWords(toks, k, roleWords);
                int nameAt = comma ? k - 2 : k - 1;
                if (!same || nameAt < 0) {
                    continue;
                }
                Token name = toks.get(nameAt);
                EntityIndex.Located located = entities.at(block, name.start(), name.end());
                if (located != null
                        && located.entity().type() == EntityType.PERSON
                        && located.mention().end() >= name.end()) {
                    return located.entity().name();
                }
            }
        }
        return null;
    }

    /**
     * The person found at token {@code j}, read on when one to {@value #MAX_WORDS_TO_COLON} words that could be the
     * rest of the name stand between the mention and a colon, the quotation, a role ({@link #endsName}) or a comma and
     * a role in apposition ({@link #roleApposed}) and the
     * recogniser's name is the text itself; otherwise the recogniser's name.
     */
    static String nameToColon(String text, List<Token> toks, int j, EntityIndex.Located person) {
        String name = person.entity().name();
        int k = j;
        while (k < toks.size() && toks.get(k).start() < person.mention().end()) {
            k++;
        }
        int words = 0;
        boolean roleRead = false; // «مساعد» of «سعد مساعد القحطاني:» is a name only before a colon
        while (k < toks.size() && toks.get(k).isWord() && words < MAX_WORDS_TO_COLON && isNamePart(toks, k)) {
            roleRead |= WordLists.isRole(toks.get(k).folded());
            k++;
            words++;
        }
        boolean cut = words > 0
                && k < toks.size()
                && (toks.get(k).isPunctuation(':') || (!roleRead && (endsName(toks.get(k)) || roleApposed(toks, k))))
                && ArabicText.fold(person.mention().text()).equals(ArabicText.fold(name));
        return cut ? text.substring(person.mention().start(), toks.get(k - 1).end()) : name;
    }

    /**
     * What may stand right after a speaker's whole name: a colon, the quotation, or a role in apposition («عيسى
     * قراقع رئيس هيئة …»).
     */
    private static boolean endsName(Token t) {
        return t.isPunctuation(':')
                || t.kind() == Token.Kind.QUOTATION
                || (t.isWord() && WordLists.isRole(t.folded()) && !ArabicText.startsWithPrepositionClitic(t.folded()));
    }

    /** «أوباه فان، محلل أسواق العملات …»: a comma at token {@code k} and a role in apposition after it. */
    private static boolean roleApposed(List<Token> toks, int k) {
        return PhraseWords.isComma(toks.get(k))
                && k + 1 < toks.size()
                && toks.get(k + 1).isWord()
                && WordLists.isRole(toks.get(k + 1).folded())
                && !ArabicText.startsWithPrepositionClitic(toks.get(k + 1).folded());
    }

    /**
     * The organisation found at token {@code j} with the adjectives of origin that follow its mention when the
     * recogniser's name is the text itself: «وزارة النقل الماليزية», «نادي الأسير الفلسطيني»; otherwise its name.
     */
    static String organisationWithNisba(String text, List<Token> toks, int j, EntityIndex.Located org) {
        String name = org.entity().name();
        if (org.entity().type() != EntityType.ORGANIZATION
                || !ArabicText.fold(org.mention().text()).equals(ArabicText.fold(name))) {
            return name;
        }
        int k = j;
        while (k < toks.size() && toks.get(k).start() < org.mention().end()) {
            k++;
        }
        int last = -1;
        for (int m = k;
                m < toks.size() && m < k + MAX_WORDS_TO_COLON && toks.get(m).isWord();
                m++) {
            String w = toks.get(m).folded();
            if (!w.startsWith("ال") || !PhraseWords.isNisba(w.substring(2))) {
                break;
            }
            last = m;
        }
        return last < 0
                ? name
                : text.substring(org.mention().start(), toks.get(last).end());
    }

    /**
     * A word that may continue a name: not a particle, cue, time word or a word with ب، ل or ك, and not a role
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
                && !PhraseWords.isPrepositionalDefinite(w)
                && w.length() > 1 // «ل"دنيا الرياضة"»: a letter written apart is a preposition
                && !ArabicText.startsWithPrepositionClitic(w); // «بقول الشاعر»: a preposition's object ends the name
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

    /**
     * Whether the word right before the quoted name at token {@code j} introduces a person's name in marks: a title of
     * address («الشيخ "…"»), a role with the article («المتحدث "…"»), or the one definite noun the phrase from token
     * {@code i} opens with («أما العروس «…» فقد قالت»). A role without the article governs its complement: «مدير
     * «تحريات» الشرطة» names a department, not a person.
     */
    static boolean introducesQuotedName(List<Token> toks, int i, int j) {
        Token before = toks.get(j - 1);
        if (!before.isWord()) {
            return false;
        }
        String w = before.folded();
        boolean definite = ArabicText.isDefinite(w);
        return RoleComplementWalk.isTitleOfAddress(w)
                || (definite && WordLists.isRole(w))
                || (j - 1 == i && definite && !WordLists.isBody(w) && !WordLists.isMediaNoun(w));
    }
}
