package org.sahifa.quote;

import java.util.List;
import java.util.Set;
import org.sahifa.model.EntityType;

/**
 * Who a speech verb without a written subject can refer back to, beyond earlier speakers ({@link SpeakerFinder}):
 * <ul>
 *   <li>the subject of a sentence opened by a verb that is not a speech verb: «التقى الوزير فلان …» and then «وقال:
 *       "…"» (a person the recogniser found, or an organisation right after the verb);
 *   <li>the issuer of a statement or report when that is the subject: «وأوضح البيان أن …» after «أصدرت وزارة الصحة
 *       بيانا» or «في بيان لوزارة الصحة»; with no issuer named, the statement as written.
 * </ul>
 * It also tells two places where a speech verb's subject is not the words after it: a verb right after a
 * preposition is a noun («في إفادة»), and a verb after «أنه»/«بأنها» has the pronoun as its subject («بأنه طالب
 * المسؤولين», where «المسؤولين» is the object).
 */
final class Antecedents {
    /** How many paragraphs back a statement's issuer is looked for. */
    static final int STATEMENT_BLOCKS = 4;
    /** Most tokens looked at for it, so that a huge paragraph keeps the search linear. */
    static final int STATEMENT_TOKENS = 1500;
    /** How many words after a statement noun its issuer may stand: «بيان مشترك صادر عن وزارة …». */
    private static final int ISSUER_REACH = 4;
    /** How many role words may stand between a verb and its subject's name: «التقى وزير الخارجية الروسي فلان». */
    private static final int ROLE_REACH = 5;
    /** Most words of a body's name after its head noun read from the text: «هيئة الأمر بالمعروف». */
    private static final int MAX_BODY_WORDS = 3;
    /** Most tokens of a dateline before its colon: «سبق- الرياض:», «الكاتب- سبق- الرياض:». */
    private static final int DATELINE_TOKENS = 8;
    /** Most tokens from a speech verb to the cue after its subject: a role with a long complement and a name. */
    private static final int CUE_REACH = 24;

    /** Nouns of a written statement whose issuer speaks through it. */
    private static final Set<String> STATEMENT_NOUNS = Set.of(
            "بيان", "بلاغ", "تقرير", "اعلان", "تعميم", "بيانا", "بلاغا", "تقريرا", "اعلانا", "تعميما", "البيان",
            "البلاغ", "التقرير", "الاعلان", "التعميم");
    /** Words between a statement noun and its issuer: «بيان صادر عن …», «بيان من …». */
    private static final Set<String> ISSUER_LINKS = Set.of("من", "عن", "صادر", "الصادر", "صدر");
    /** Prepositions after which a cue word is a noun: «في إفادة», «خلال تصريح». */
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("في", "خلال", "عبر", "اثناء", "وفي", "وخلال");
    /** «أنه», «بأنها», «إنهم» …: a conjunction with the pronoun that is the next verb's subject. */
    private static final Set<String> PRONOUN_CONJUNCTIONS = Set.of(
            "انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "وانه", "وانها", "لانه", "لانها", "فانه",
            "فانها");

    private final PhraseReader reader;
    private final EntityIndex entities;

    Antecedents(PhraseReader reader, EntityIndex entities) {
        this.reader = reader;
        this.entities = entities;
    }

    /** True when the cue word at {@code c} follows a preposition, so it is a noun: «في إفادة صحفية». */
    static boolean afterPreposition(List<Token> toks, int c) {
        return c > 0
                && toks.get(c - 1).isWord()
                && NOUN_PREPOSITIONS.contains(toks.get(c - 1).folded());
    }

    /** True when the verb at {@code c} follows «أنه» or its kin: its subject is that pronoun. */
    static boolean pronounSubject(List<Token> toks, int c) {
        return c > 0
                && toks.get(c - 1).isWord()
                && PRONOUN_CONJUNCTIONS.contains(toks.get(c - 1).folded());
    }

    /** «بيان», «لبيان», «البيان», «بياناً»: a statement noun, with or without a clitic. */
    private static boolean isStatementNoun(String folded) {
        return STATEMENT_NOUNS.contains(folded) || STATEMENT_NOUNS.contains(ArabicText.stripClitic(folded));
    }

    /**
     * True when a masculine verb is said to have as subject a body whose head noun is feminine («جامعة», «وزارة»,
     * «هيئة»): Arabic news writes «دعت الجامعة», so after «دعا» the body is the object and the subject is implied.
     */
    static boolean feminineBodyAfterMasculine(Speaker subject, Gender verb) {
        if (verb != Gender.MASCULINE || subject.name() == null || subject.name().isBlank()) {
            return false;
        }
        String head = ArabicText.fold(ArabicText.firstWord(subject.name()));
        String bare = head.startsWith("ال") ? head.substring(2) : head;
        return bare.endsWith("ه") && WordLists.isBody(head);
    }

    /** True when {@code folded}, without و/ف, is a statement noun with the article: «البيان», «والتقرير». */
    static boolean isDefiniteStatement(String folded) {
        String w = folded.startsWith("و") || folded.startsWith("ف") ? folded.substring(1) : folded;
        return w.startsWith("ال") && STATEMENT_NOUNS.contains(w);
    }

    /**
     * When the subject after the speech verb at token {@code verb} of block {@code b} is a statement («وأوضح
     * البيان»), who issued it, or the statement as written when no issuer is named; null when the subject is no
     * statement.
     */
    Speaker statementSubject(int b, int verb, int limit, Gender gender) {
        List<Token> toks = reader.tokens(b);
        int i = verb + 1;
        if (i + 1 < limit && toks.get(i).isWord() && toks.get(i).folded().equals("في")) {
            i++; // «وجاء في البيان»
            String w = toks.get(i).isWord() ? toks.get(i).folded() : "";
            if (isStatementNoun(w) && !isDefiniteStatement(w)) {
                String issuer = issuerAfter(b, toks, i); // «وجاء في بيان الوزارة»
                return issuer == null ? bodyAfter(b, toks, i + 1, limit, gender) : new Speaker(issuer, gender);
            }
        }
        String word = i < limit && toks.get(i).isWord() ? toks.get(i).folded() : "";
        if (STATEMENT_NOUNS.contains(word) && !word.startsWith("ال")) {
            return issuerNamedAfter(b, toks, i, limit, gender); // «وقال بيان من مكتب الوزير»
        }
        if (!isDefiniteStatement(word)) {
            return null;
        }
        String issuer = issuerBefore(b, i);
        if (issuer != null) {
            return new Speaker(issuer, gender);
        }
        Token t = toks.get(i);
        return new Speaker(reader.nameOf(b, t.start(), t.end()), gender);
    }

    /**
     * «بيان من مكتب الوزير», «بيان لوزارة الصحة»: the issuer named after an indefinite statement noun at token {@code
     * noun}, an entity or a body read from the text after «من»/«عن»; or null.
     */
    private Speaker issuerNamedAfter(int b, List<Token> toks, int noun, int limit, Gender gender) {
        String issuer = issuerAfter(b, toks, noun);
        int k = noun + 1;
        while (issuer == null
                && k < limit
                && toks.get(k).isWord()
                && ISSUER_LINKS.contains(toks.get(k).folded())) {
            k++;
        }
        if (issuer == null
                && k < limit
                && toks.get(k).isWord()
                && WordLists.isBody(toks.get(k).folded())) {
            issuer = bodyNamed(b, toks, k, limit);
        }
        return issuer == null ? null : new Speaker(issuer, gender);
    }

    /** «بيان الوزارة»: the body a definite head noun at token {@code k} refers back to, or null. */
    private Speaker bodyAfter(int b, List<Token> toks, int k, int limit, Gender gender) {
        if (k >= limit || !toks.get(k).isWord() || !WordLists.isBody(toks.get(k).folded())) {
            return null;
        }
        Token t = toks.get(k);
        String name = reader.nameOf(b, t.start(), t.end());
        return ArabicText.fold(name).equals(t.folded()) ? null : new Speaker(name, gender);
    }

    /**
     * The person named right before the cue ending the subject of the speech verb at token {@code verb} («إن», «أن»,
     * a colon or the quotation), when a long role stands between: «وقال مدير مكتب الحملة الوطنية لنصرة … في لبنان
     * فلان الفلاني إن …»; or null.
     */
    /**
     * «لكن وزير الرياضة فلان حذر من …»: the person whose name ends right before the speech verb at token {@code verb},
     * when no subject follows the verb; or null. The name must be a person of the article and not a preposition's
     * object, and the verb must not be conjoined with «و» or «ف» (it then shares the clause's earlier subject).
     */
    Speaker personRightBefore(int b, int verb, Gender gender) {
        List<Token> toks = reader.tokens(b);
        String v = toks.get(verb).folded();
        boolean conjoined = (v.startsWith("و") || v.startsWith("ف")) && CueWords.lookup(v.substring(1)) != null;
        if (verb == 0 || conjoined || !toks.get(verb - 1).isWord()) {
            return null; // «استنكر فلان تصريحات الوزير وقال …»: a conjoined verb keeps the clause's own subject
        }
        Token before = toks.get(verb - 1);
        EntityIndex.Located located = entities.at(b, before.start(), before.end());
        if (located == null
                || located.entity().type() != EntityType.PERSON
                || located.mention().end() < before.end()) {
            return null;
        }
        int first = verb - 1;
        while (first > 0 && toks.get(first - 1).end() > located.mention().start()) {
            first--;
        }
        boolean object = located.mention().start() > toks.get(first).start()
                || afterPreposition(toks, first)
                || (first > 0
                        && toks.get(first - 1).isWord()
                        && PhraseWords.isPreposition(toks.get(first - 1).folded()));
        return object ? null : new Speaker(located.entity().name(), gender);
    }

    Speaker personBeforeCue(int b, int verb, int limit, Gender gender) {
        List<Token> toks = reader.tokens(b);
        for (int k = verb + 2; k < limit && k <= verb + CUE_REACH; k++) {
            Token t = toks.get(k);
            boolean cue = t.isPunctuation(':')
                    || t.kind() == Token.Kind.QUOTATION
                    || (t.isWord() && (t.folded().equals("ان") || t.folded().equals("بان")));
            if (t.endsSentence() || (!cue && !t.isWord() && !PhraseWords.isComma(t))) {
                return null;
            }
            if (!cue) {
                continue;
            }
            int name = PhraseWords.isComma(toks.get(k - 1)) ? k - 2 : k - 1;
            Token last = toks.get(name);
            EntityIndex.Located located = entities.at(b, last.start(), last.end());
            boolean person = located != null
                    && located.entity().type() == EntityType.PERSON
                    && located.mention().end() >= last.end();
            return person ? new Speaker(located.entity().name(), gender) : null;
        }
        return null;
    }

    /** The entity last named as issuing a statement before token {@code at} of block {@code b}, or null. */
    private String issuerBefore(int b, int at) {
        int budget = STATEMENT_TOKENS;
        for (int block = b; block >= Math.max(0, b - STATEMENT_BLOCKS); block--) {
            List<Token> toks = reader.tokens(block);
            int last = block == b ? at - 1 : toks.size() - 1;
            for (int k = last; k >= 0 && budget-- > 0; k--) {
                Token t = toks.get(k);
                if (!t.isWord() || !isStatementNoun(t.folded())) {
                    continue;
                }
                String issuer = issuerAfter(block, toks, k);
                if (issuer == null) {
                    issuer = sentenceOpeningSubject(block, toks, SpeakerFinder.sentenceStart(toks, k), k);
                }
                if (issuer != null) {
                    return issuer;
                }
            }
        }
        return null;
    }

    /** «بيان لوزارة الصحة», «بيان صادر عن الوزارة», «بيان وزارة الصحة»: an entity within a few words after the noun. */
    private String issuerAfter(int b, List<Token> toks, int noun) {
        String body = bodyInConstruct(b, toks, noun + 1);
        if (body != null) {
            return body;
        }
        for (int k = noun + 1;
                k < toks.size() && k <= noun + ISSUER_REACH && toks.get(k).isWord();
                k++) {
            EntityIndex.Located located =
                    entities.at(b, toks.get(k).start(), toks.get(k).end());
            if (located != null) {
                return located.entity().type() == EntityType.LOCATION && k > noun + 1
                        ? null
                        : located.entity().name();
            }
        }
        return null;
    }

    /**
     * The subject of the sentence from {@code start} when it opens with a verb: an entity right after it
     * («أصدرت وزارة الصحة …», «أعلنت باكستان …»), or a person after role words; null otherwise.
     */
    String sentenceOpeningSubject(int b, List<Token> toks, int start, int limit) {
        int verb = firstWord(toks, start, limit);
        if (verb < 0 || !mayBeVerb(b, toks.get(verb))) {
            return null;
        }
        // «التقى»، «التزم»: a verb may look like a noun with the article; then only a person's name makes it one
        boolean looksDefinite =
                ArabicText.isDefinite(ArabicText.stripClitic(toks.get(verb).folded()));
        for (int k = verb + 1;
                k < limit && k <= verb + ROLE_REACH && toks.get(k).isWord();
                k++) {
            Token t = toks.get(k);
            EntityIndex.Located located = entities.at(b, t.start(), t.end());
            if (located != null) {
                boolean whole = located.mention().start() == t.start();
                EntityType type = located.entity().type();
                boolean subject = whole && (type == EntityType.PERSON || (k == verb + 1 && !looksDefinite));
                return subject ? located.entity().name() : null;
            }
            String w = t.folded();
            if (k == verb + 1 && !looksDefinite && WordLists.isBody(w) && !ArabicText.isDefinite(w)) {
                return bodyNamed(b, toks, k, limit); // «أصدرت وزارة الصحة …» when the recogniser missed the ministry
            }
            if (k == verb + 1 && !looksDefinite && ArabicText.isDefinite(w)) {
                Speaker body = bodyAfter(b, toks, k, limit, Gender.UNKNOWN); // «وأوضحت الوزارة … في بيان»
                return body == null ? null : body.name();
            }
            if (!WordLists.isRole(w) && !WordLists.isTimeWord(w) && !(k > verb + 1 && ArabicText.isDefinite(w))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Who opens the sentence at token {@code start} of block {@code b} as the subject of a verb that is not a speech
     * verb, as a speaker a later «وأضاف» can refer to; or null.
     */
    Speaker actor(int b, List<Token> toks, int start, int limit) {
        int verb = firstWord(toks, start, limit);
        if (verb < 0 || CueWords.lookup(toks.get(verb).folded()) != null) {
            return null;
        }
        String name = sentenceOpeningSubject(b, toks, start, limit);
        if (name == null) {
            return personBehindRole(b, toks, verb, limit);
        }
        for (int k = verb + 1; k < limit && k <= verb + ROLE_REACH; k++) {
            if (entities.at(b, toks.get(k).start(), toks.get(k).end()) != null) {
                Token before = toks.get(k - 1); // «والتقت الوزيرة سلمى …»: the role word before the name
                boolean role = before.isWord() && WordLists.isRole(before.folded());
                return new Speaker(name, role ? WordLists.roleGender(before.folded()) : Gender.UNKNOWN);
            }
        }
        return new Speaker(name, Gender.UNKNOWN);
    }

    /**
     * «ندد رئيس هيئة … الشيخ فلان بـ…», «وكان أبرز نائب عن ولاية كذا، فلان، قد أعلن»: the person a role opening
     * the sentence names past its complement ({@link RoleComplementWalk}); or null.
     */
    private Speaker personBehindRole(int b, List<Token> toks, int verb, int limit) {
        Token v = toks.get(verb);
        if (!mayBeVerb(b, v) && !RoleComplementWalk.isAuxiliary(v.folded())) {
            return null;
        }
        EntityIndex.Located person = RoleComplementWalk.personAfterRole(entities, b, toks, verb, limit);
        return person == null ? null : new Speaker(person.entity().name(), Gender.UNKNOWN);
    }

    /**
     * The person a speech verb's role subject names: right before the cue after a long complement ({@link
     * #personBeforeCue}), or, with no cue in reach, the first person the role's complement leads to («ندد رئيس هيئة
     * … الشيخ فلان بالهجوم»); or null.
     */
    Speaker personNamedAfterRole(int b, int verb, int limit, Gender gender) {
        Speaker beforeCue = personBeforeCue(b, verb, limit, gender);
        if (beforeCue != null) {
            return beforeCue;
        }
        EntityIndex.Located person = RoleComplementWalk.personAfterRole(entities, b, reader.tokens(b), verb, limit);
        return person == null ? null : new Speaker(person.entity().name(), gender);
    }

    /**
     * A body's name read from the text: its head noun at token {@code head} and the words with the article that
     * complete it, not those joined by «و» («وزارة الصحة» of «وزارة الصحة والشؤون الصحية»); null without one.
     */
    /**
     * «بيان الجيش» after «الجيش التركي», «بيان مكتب رئيس الوزراء فلان»: a body's head noun in construct with the
     * statement noun, at token {@code k}, that the recogniser did not tag. With the article it refers back to the body
     * named last with that head; without it, the body is read on over a role word and words with the article (not
     * over the person the role names). Null when there is no such noun or nothing it names.
     */
    private String bodyInConstruct(int b, List<Token> toks, int k) {
        if (k >= toks.size()
                || !toks.get(k).isWord()
                || !WordLists.isBody(toks.get(k).folded())) {
            return null;
        }
        Token head = toks.get(k);
        if (entities.at(b, head.start(), head.end()) != null) {
            return null;
        }
        if (ArabicText.isDefinite(head.folded())) {
            String name = reader.nameOf(b, head.start(), head.end());
            return ArabicText.fold(name).equals(head.folded()) ? null : name;
        }
        int last = k;
        for (int j = k + 1;
                j < toks.size() && j <= k + MAX_BODY_WORDS && toks.get(j).isWord();
                j++) {
            Token t = toks.get(j);
            boolean definite = ArabicText.isDefinite(t.folded()) && !WordLists.isFunctionWord(t.folded());
            if (entities.at(b, t.start(), t.end()) != null || !(definite || WordLists.isRole(t.folded()))) {
                break;
            }
            last = j;
        }
        return last == k || !ArabicText.isDefinite(toks.get(last).folded())
                ? null
                : reader.nameOf(b, head.start(), toks.get(last).end());
    }

    private String bodyNamed(int b, List<Token> toks, int head, int limit) {
        int last = head;
        for (int k = head + 1;
                k < limit && k <= head + MAX_BODY_WORDS && toks.get(k).isWord();
                k++) {
            String w = toks.get(k).folded();
            if (!w.startsWith("ال") || w.length() < 4) {
                break;
            }
            last = k;
        }
        return last == head
                ? null
                : reader.nameOf(b, toks.get(head).start(), toks.get(last).end());
    }

    /** The first word of the sentence from {@code start}, after a dateline («سبق- الرياض: أصدرت …»); or -1. */
    private static int firstWord(List<Token> toks, int start, int limit) {
        int from = start;
        for (int k = start; k < limit && k <= start + DATELINE_TOKENS; k++) {
            if (toks.get(k).isPunctuation(':')) {
                from = k + 1;
                break;
            }
        }
        for (int k = from; k < limit; k++) {
            if (toks.get(k).isWord()) {
                return k;
            }
            if (toks.get(k).kind() == Token.Kind.QUOTATION) {
                return -1;
            }
        }
        return -1;
    }

    /** A word that may be a verb opening a sentence: no particle, role, entity or time word. */
    private boolean mayBeVerb(int b, Token t) {
        String w = t.folded();
        return w.length() >= 3
                && !WordLists.isFunctionWord(w)
                && !WordLists.isTimeWord(w)
                && !WordLists.isRole(w)
                && entities.at(b, t.start(), t.end()) == null;
    }
}
