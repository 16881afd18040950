package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.EntityType;

/**
 * Reads who a phrase names, starting at a token: an entity the recogniser found there, or else a
 * name read from the words themselves. Roles («وزير الخارجية الروسي»), words of time and adjectives
 * with the article before the name are passed over; a name ends at a preposition, particle, role,
 * speech verb, punctuation or another kind of entity.
 */
final class PhraseReader {
    /**
     * How many words after a verb its subject may start and end within: a role, its complement and the name
     * («مندوب الكويت لدى الأمم المتحدة منصور العتيبي» is eight).
     */
    static final int MAX_SUBJECT_WORDS = 12;
    /** Longest name read from the text without the recogniser's help. */
    static final int MAX_NAME_WORDS = 4;
    /** Longest organisation-like phrase with the article taken as a speaker: «الأمم المتحدة». */
    static final int MAX_DEFINITE_PHRASE_WORDS = 3;
    /** How many paragraphs back «الوزير» may look for where the minister was named. */
    static final int ROLE_REFERENCE_BLOCKS = 20;

    /** Words that bind the next one into the same part of a name: «عبد الله»، «أبو بكر»، «بن سلمان». */
    private static final java.util.Set<String> NAME_LINKS = org.sahifa.lexicon.Lexicon.words("name-links");

    private final List<Block> blocks;
    private final List<List<Token>> tokens;
    private final EntityIndex entities;
    private final SpeakerNames names;

    PhraseReader(List<Block> blocks, List<List<Token>> tokens, EntityIndex entities) {
        this.blocks = blocks;
        this.tokens = tokens;
        this.entities = entities;
        this.names = new SpeakerNames(blocks, entities);
    }

    List<Token> tokens(int block) {
        return tokens.get(block);
    }

    /**
     * The subject after the speech verb at token {@code verb} of block {@code b}, read no further
     * than token {@code limit}, or null when the verb is followed by an addressee («قال للصحفيين»),
     * its object («ندد بسياسة») or by nothing that names someone.
     */
    Speaker subjectAfterVerb(int b, int verb, int limit, CueWords.Cue cue) {
        List<Token> toks = tokens.get(b);
        int i = verb + 1;
        while (i < limit
                && toks.get(i).isWord()
                && (WordLists.isTimeWord(toks.get(i).folded())
                        || PhraseWords.isBackReference(toks.get(i).folded()))) {
            i++;
        }
        if (i < limit && toks.get(i).kind() == Token.Kind.QUOTED_NAME) {
            return SubjectShapes.quotedPerson(blocks.get(b).text(), toks.get(i), cue.gender()); // «قال "سامي عوض" مدير»
        }
        if (i >= limit || !toks.get(i).isWord()) {
            return null;
        }
        Token first = toks.get(i);
        if (names.isAddressee(b, first)
                || SubjectShapes.startsWithObjectPreposition(entities, b, first, cue.preposition())) {
            return null;
        }
        return phraseAt(b, i, limit, !cue.objectSuffix(), false, cue.gender());
    }

    /**
     * Who the phrase starting at token {@code i} names. An unnamed source («مسؤول أميركي»، «مصدر
     * مطلع»، «شهود عيان») is given as written; a role with a complement («وزير الخارجية») names
     * nobody by itself.
     *
     * @param selfFound     whether to read a name from the words when the recogniser found none
     * @param stripLam      whether the first word may carry «ل» («وفقا للوزير»)
     */
    Speaker phraseAt(int b, int i, int limit, boolean selfFound, boolean stripLam, Gender gender) {
        return phraseAt(b, i, limit, selfFound, stripLam, gender, false);
    }

    /**
     * «رئيس جمعية المزارعين، خليل داود، …»: the person named between commas right after a role, from
     * token {@code k}; a name read from the words only when a second comma closes it.
     */
    private Speaker nameInApposition(int b, int k, int limit, boolean selfFound, Gender gender) {
        List<Token> toks = tokens.get(b);
        if (k >= limit || !toks.get(k).isWord()) {
            return null;
        }
        Token first = toks.get(k);
        EntityIndex.Located located = entities.at(b, first.start(), first.end());
        if (located != null) {
            boolean whole = located.mention().start() == first.start();
            return whole && located.entity().type() == EntityType.PERSON
                    ? new Speaker(located.entity().name(), gender)
                    : null;
        }
        String w = first.folded();
        if (!selfFound
                || WordLists.isFunctionWord(w)
                || CueWords.lookup(w) != null
                || WordLists.isRole(w)
                || WordLists.isTimeWord(w)
                || ArabicText.isDefinite(w)) {
            return null;
        }
        for (int end = k + 1; end < limit && end <= k + MAX_NAME_WORDS; end++) {
            Token t = toks.get(end);
            if (PhraseWords.isComma(t)) {
                return new Speaker(readName(b, k, end, false), gender);
            }
            if (!t.isWord()) {
                return null;
            }
        }
        return null;
    }

    /**
     * @param personOnly true when reading the name after a role seen earlier: only a person answers, so
     *                   «محافظ المدينة» names nobody rather than the city
     */
    private Speaker phraseAt(
            int b, int i, int limit, boolean selfFound, boolean stripLam, Gender gender, boolean personOnly) {
        List<Token> toks = tokens.get(b);
        boolean roleSeen = false;
        int definiteStart = -1;
        int definiteEnd = -1;
        int unnamedEnd = -1;
        int unnamedRole = -1; // «باحث مصري»: an indefinite role and its adjectives of origin
        int phraseEnd = i;
        int end = Math.min(limit, i + MAX_SUBJECT_WORDS);
        for (int j = i; j < end; j++) {
            phraseEnd = j;
            Token t = toks.get(j);
            boolean label = j + 1 < toks.size() && toks.get(j + 1).isPunctuation(':'); // «وأردف "العتيبي": "…"»
            if (t.kind() == Token.Kind.QUOTED_NAME
                    && ((j > i && WordLists.isTitleNoun(toks.get(j - 1).folded())) || (j == i && label))) {
                if (roleSeen) {
                    continue; // the body the role belongs to: «الخبير في صندوق "النقد الدولي" نبيل حداد»
                }
                return new Speaker(nameOf(b, t.start() + 1, t.end() - 1), gender);
            }
            if (roleSeen && t.isWord() && PhraseWords.continuesRole(toks, j, end)) {
                continue;
            }
            if (!t.isWord()) {
                if (roleSeen && PhraseWords.isComma(t)) {
                    Speaker apposed = nameInApposition(b, j + 1, limit, selfFound, gender);
                    if (apposed != null) {
                        return apposed;
                    }
                }
                break;
            }
            EntityIndex.Located located = entities.at(b, t.start(), t.end());
            boolean afterSaying =
                    j > i && WordLists.isSayingNoun(toks.get(j - 1).folded()); // «تصريح لميلوفيتش»
            if (located != null) {
                EntityType type = located.entity().type();
                boolean afterClitic = located.mention().start() > t.start();
                boolean prepositional = afterClitic
                        && !(stripLam && j == i)
                        && PhraseWords.hasPrepositionClitic(
                                blocks.get(b).text(),
                                t.start(),
                                located.mention().start());
                if (type == EntityType.PERSON && (!prepositional || afterSaying)) {
                    return new Speaker(SubjectShapes.nameToColon(blocks.get(b).text(), toks, j, located), gender);
                }
                if (type != EntityType.PERSON
                        && !personOnly
                        && !roleSeen
                        && definiteStart < 0
                        && !prepositional
                        && (type == EntityType.ORGANIZATION || j == i)) {
                    return new Speaker(
                            SubjectShapes.organisationWithNisba(blocks.get(b).text(), toks, j, located), gender);
                }
                roleSeen = true;
                while (j + 1 < end
                        && toks.get(j + 1).start() < located.mention().end()) {
                    j++;
                }
                continue;
            }
            String w = t.folded();
            if (WordLists.isFunctionWord(w) || CueWords.lookup(w) != null || w.length() < 2) {
                break; // a particle written apart («لـ») never starts a name
            }
            if (WordLists.isTimeWord(w) || (!roleSeen && WordLists.isSayingNoun(w))) {
                continue; // «تصريح نافاس»: the noun of saying is not the speaker
            }
            if (afterSaying && w.startsWith("ل") && w.length() > 3) {
                return new Speaker(nameOf(b, t.start() + 1, t.end()), gender);
            }
            boolean describesUnnamed = unnamedEnd == j - 1 && unnamedEnd >= 0;
            if (j == i && WordLists.isUnnamedSource(w) && !PhraseWords.nextIsDefinite(toks, j, end)) {
                unnamedEnd = j;
            } else if (describesUnnamed
                    && (WordLists.isDescriptor(w) || PhraseWords.isNisba(w) || ArabicText.isDefinite(w))) {
                unnamedEnd = j;
                continue;
            }
            if (WordLists.isRole(w)) {
                roleSeen = true;
                unnamedRole = j == i && unnamedEnd != j ? SubjectShapes.nisbaEnd(toks, j, end) : unnamedRole;
                j = Math.max(j, unnamedRole);
                continue;
            }
            if (roleSeen && WordLists.isRoleComplement(w)) {
                // the role's complement: «رئيس جمعية المزارعين»، «مدير شركة الكهرباء»
                continue;
            }
            if (ArabicText.isDefinite(w)) {
                if (!roleSeen && (definiteStart < 0 || definiteEnd == j - 1)) {
                    definiteStart = definiteStart < 0 ? j : definiteStart;
                    definiteEnd = j;
                }
                continue;
            }
            Speaker introduced = personIntroduced(b, j + 1, end, gender);
            if (introduced != null) {
                return introduced; // «أسطورة التنس السويسري روجيه فيدرر»: not «أسطورة التنس»
            }
            if (!selfFound
                    || (j > i && names.isAddressee(b, t))
                    || PhraseWords.beforeDefiniteWithPreposition(toks, j, end)) {
                break; // «الفريق الأول لكرة القدم»: a preposition's object, not a name
            }
            return new Speaker(readName(b, j, limit, stripLam && j == i), gender);
        }
        if (unnamedRole > i) {
            return new Speaker(textOf(b, i, unnamedRole), gender);
        }
        if (personOnly) {
            return roleSeen ? Speaker.unnamed(gender) : null;
        }
        if (selfFound && unnamedEnd >= i) {
            int last = UnnamedSources.descriptorEnd(toks, unnamedEnd, limit);
            return new Speaker(textOf(b, i, last), gender);
        }
        boolean groupName =
                definiteStart == i && WordLists.isGroupHead(toks.get(i).folded());
        if (selfFound
                && definiteStart == i
                && (definiteEnd - definiteStart < MAX_DEFINITE_PHRASE_WORDS || groupName)
                && !PhraseWords.isPrepositionalDefinite(toks.get(i).folded())) {
            // a group's name is cut to its first words: «الائتلاف الوطني السوري (المعارض)»
            int last = Math.min(definiteEnd, definiteStart + MAX_DEFINITE_PHRASE_WORDS - 1);
            return new Speaker(
                    nameOf(b, toks.get(definiteStart).start(), toks.get(last).end()), gender);
        }
        if (roleSeen) {
            Speaker named = namedEarlierWithRole(b, i, phraseEnd, gender);
            return named != null ? named : Speaker.unnamed(gender);
        }
        return null;
    }

    /**
     * The person the recogniser found among the words from token {@code k}, before any punctuation, particle or
     * cue: an unlisted role head («أسطورة», «نجم») and its complement stand in apposition before the name.
     */
    private Speaker personIntroduced(int b, int k, int end, Gender gender) {
        List<Token> toks = tokens.get(b);
        for (int m = k; m < end && toks.get(m).isWord(); m++) {
            String w = toks.get(m).folded();
            EntityIndex.Located located =
                    entities.at(b, toks.get(m).start(), toks.get(m).end());
            if (located != null && located.entity().type() == EntityType.PERSON) {
                return located.mention().start() == toks.get(m).start()
                        ? new Speaker(SubjectShapes.nameToColon(blocks.get(b).text(), toks, m, located), gender)
                        : null;
            }
            if (located == null && (WordLists.isFunctionWord(w) || CueWords.lookup(w) != null)) {
                return null;
            }
        }
        return null;
    }

    /**
     * «وقال وزير الخارجية “…”» after «وزير الخارجية الروسي سيرغي لافروف»: the person named right after
     * the same role words earlier in the article, at most {@value #ROLE_REFERENCE_BLOCKS} paragraphs back.
     */
    private Speaker namedEarlierWithRole(int b, int from, int to, Gender gender) {
        List<String> role = new java.util.ArrayList<>();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(b).get(k);
            if (t.isWord() && !WordLists.isTimeWord(t.folded())) {
                role.add(PhraseWords.bareRole(t.folded()));
            }
        }
        if (role.isEmpty()) {
            return null;
        }
        for (int block = b; block >= Math.max(0, b - ROLE_REFERENCE_BLOCKS); block--) {
            List<Token> toks = tokens.get(block);
            int last = block == b ? from - role.size() : toks.size() - role.size();
            for (int k = last; k >= 0; k--) {
                if (!PhraseWords.sameRoleWords(toks, k, role)) {
                    continue;
                }
                int nisba = role.size() == 1 ? SubjectShapes.nisbaEnd(toks, k, toks.size()) : -1;
                if (nisba > k) {
                    return new Speaker(
                            textOf(block, k, UnnamedSources.descriptorEnd(toks, nisba, toks.size())), gender);
                }
                Speaker named = phraseAt(block, k + role.size(), toks.size(), true, false, gender, true);
                if (named != null && named.name() != null && !named.name().isEmpty()) {
                    return named.gender() == Gender.UNKNOWN ? named : new Speaker(named.name(), gender);
                }
            }
        }
        String apposed = SubjectShapes.personBeforeRole(tokens, entities, b, from, role, ROLE_REFERENCE_BLOCKS);
        return apposed == null ? null : new Speaker(apposed, gender);
    }

    /** The text of block {@code b} from token {@code from} to token {@code to}, both included. */
    private String textOf(int b, int from, int to) {
        List<Token> toks = tokens.get(b);
        return blocks.get(b)
                .text()
                .substring(toks.get(from).start(), toks.get(to).end());
    }

    /**
     * The subject of the sentence from token {@code start} to {@code limit}: the name after its
     * first verb («وأشاد لافروف بكوريا…»), a person it opens with («بوتين استقبل…»), or else the
     * first person it names who is not the object of a preposition.
     */
    Speaker sentenceSubject(int b, int start, int limit, Gender gender) {
        List<Token> toks = tokens.get(b);
        int i = start;
        if (i + 1 < limit && toks.get(i).isWord() && toks.get(i).folded().equals("اما")) {
            // «أما الائتلاف الوطني السوري، فقد دعا …»: the topic is who speaks
            Speaker topic = phraseAt(b, i + 1, limit, true, false, gender);
            if (topic != null && topic.name() != null) {
                return topic;
            }
        }
        if (i < limit
                && toks.get(i).isWord()
                && WordLists.isFunctionWord(toks.get(i).folded())) {
            i = PhraseWords.afterFirstComma(toks, i, limit);
        }
        if (i >= 0 && i < limit && toks.get(i).isWord()) {
            Token first = toks.get(i);
            EntityIndex.Located located = entities.at(b, first.start(), first.end());
            if (located != null && located.entity().type() == EntityType.PERSON) {
                return new Speaker(located.entity().name(), gender);
            }
            boolean nounFirst = ArabicText.isDefinite(first.folded()) || WordLists.isRole(first.folded());
            int from = nounFirst ? i : i + 1;
            if (!WordLists.isFunctionWord(first.folded()) && from < limit && !names.isAddressee(b, toks.get(from))) {
                Speaker s = phraseAt(b, from, limit, true, false, gender);
                if (s != null) {
                    return s;
                }
            }
        }
        for (int k = start; k < limit; k++) {
            Token t = toks.get(k);
            EntityIndex.Located located = t.isWord() ? entities.at(b, t.start(), t.end()) : null;
            if (located != null
                    && located.entity().type() == EntityType.PERSON
                    && !PhraseWords.hasPrepositionClitic(
                            blocks.get(b).text(), t.start(), located.mention().start())
                    && !(k > start
                            && toks.get(k - 1).isWord()
                            && PhraseWords.isPreposition(toks.get(k - 1).folded()))) {
                return new Speaker(located.entity().name(), gender);
            }
        }
        return whoseSaying(b, start, limit, gender);
    }

    /** «وجاء في تصريح نافاس: "…"»: the name after the first noun of saying of the sentence, or null. */
    private Speaker whoseSaying(int b, int start, int limit, Gender gender) {
        List<Token> toks = tokens.get(b);
        for (int k = start; k + 1 < limit; k++) {
            if (toks.get(k).isWord() && WordLists.isSayingNoun(toks.get(k).folded())) {
                Speaker s = phraseAt(b, k + 1, limit, true, false, gender);
                return s != null && s.name() != null && !s.name().isEmpty() ? s : null;
            }
        }
        return null;
    }

    /**
     * The person named last before {@code offset} in block {@code b} or the paragraph before it,
     * other than {@code other}, whose role word agrees with {@code gender} («النائبة دينا فارس» is
     * feminine), or null.
     */
    Speaker recentPerson(int b, int offset, Gender gender, String other) {
        for (int block = b; block >= Math.max(0, b - 1); block--) {
            List<EntityIndex.Located> mentions = entities.inBlock(block);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                EntityIndex.Located l = mentions.get(i);
                if (l.entity().type() != EntityType.PERSON
                        || (block == b && l.mention().end() > offset)
                        || l.entity().name().equals(other)) {
                    continue;
                }
                Gender known = PhraseWords.genderOfRoleBefore(
                        tokens.get(block), l.mention().start());
                if (gender.agreesWith(known)) {
                    return new Speaker(l.entity().name(), known == Gender.UNKNOWN ? gender : known);
                }
            }
        }
        return null;
    }

    /**
     * A name read from the words at token {@code j}: as the recogniser names it when it knows it.
     * A word with ب، ل or ك followed by an adjective with the article ends the name: in
     * «لافروف بكوريا الشمالية» it starts a place, while «فلاديمير بوتين» keeps its ب. A word with
     * the article continues a name of one part only: «فهد العلي»، «عبد الفتاح السيسي», but not
     * «عمر فاروق العاصمة».
     */
    private String readName(int b, int j, int limit, boolean stripLam) {
        List<Token> toks = tokens.get(b);
        int last = j;
        int units = 1;
        for (int k = j + 1; k < limit && k < j + MAX_NAME_WORDS; k++) {
            Token t = toks.get(k);
            if (!t.isWord()) {
                break;
            }
            String w = t.folded();
            boolean nextIsDefinite = k + 1 < limit
                    && toks.get(k + 1).isWord()
                    && ArabicText.isDefinite(toks.get(k + 1).folded());
            boolean roleAfterName = WordLists.isRole(w) && (!ArabicText.isDefinite(w) || nextIsDefinite);
            if (WordLists.isFunctionWord(w)
                    || WordLists.isTimeWord(w)
                    || roleAfterName
                    || CueWords.lookup(w) != null
                    || PhraseWords.isPrepositionalDefinite(w)) {
                break;
            }
            EntityIndex.Located located = entities.at(b, t.start(), t.end());
            if (located != null && located.entity().type() != EntityType.PERSON) {
                break;
            }
            if (ArabicText.startsWithPrepositionClitic(w)
                    && k + 1 < toks.size()
                    && toks.get(k + 1).isWord()
                    && ArabicText.isDefinite(toks.get(k + 1).folded())) {
                break;
            }
            boolean bound = NAME_LINKS.contains(toks.get(k - 1).folded());
            if (ArabicText.isDefinite(w) && !bound && units > 1) {
                break;
            }
            units += bound ? 0 : 1;
            last = k;
        }
        int from = toks.get(j).start();
        if (stripLam
                && toks.get(j).folded().startsWith("ل")
                && toks.get(j).folded().length() > 3) {
            from++;
        }
        return nameOf(b, from, toks.get(last).end());
    }

    /** «لافروف: “…”»: the few words before the colon, when they are all there is before it. */
    Speaker headlineSpeaker(int b, int start, int colon) {
        List<Token> toks = tokens.get(b);
        if (colon - start < 1 || colon - start > MAX_NAME_WORDS) {
            return null;
        }
        for (int k = start; k < colon; k++) {
            if (!toks.get(k).isWord()
                    || WordLists.isFunctionWord(toks.get(k).folded())
                    || CueWords.lookup(toks.get(k).folded()) != null) {
                return null;
            }
        }
        return new Speaker(
                nameOf(b, toks.get(start).start(), toks.get(colon - 1).end()), Gender.UNKNOWN);
    }

    /** The entity's canonical name when the text names one, else the text itself (see {@link SpeakerNames}). */
    String nameOf(int b, int from, int to) {
        return names.nameOf(b, from, to);
    }

    String longestFormRead(String name) {
        return names.longestFormRead(name);
    }
}
