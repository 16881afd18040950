package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.EntityType;

/**
 * Reads who a phrase names, starting at a token: an entity the recogniser found there, or else a
 * name read from the words themselves. Roles («وزير الخارجية الروسي»), words of time and adjectives
 * with the article before the name are passed over; a name ends at a preposition, particle, role,
 * speech verb, punctuation or another kind of entity.
 *
 * <p>The reader walks the phrase itself; names read from the words are {@link NameReader}'s, a role seen
 * earlier is looked up by {@link RoleReferences}, and a sentence's subject when no verb introduces the
 * quotation is {@link SentenceSubjects}'.
 */
final class PhraseReader {
    /**
     * How many words after a verb its subject may start and end within: a role, its complement and the name
     * («مندوب الكويت لدى الأمم المتحدة منصور العتيبي» is eight).
     */
    static final int MAX_SUBJECT_WORDS = 12;
    /** Longest organisation-like phrase with the article taken as a speaker: «الأمم المتحدة». */
    static final int MAX_DEFINITE_PHRASE_WORDS = 3;

    private final List<Block> blocks;
    private final List<List<Token>> tokens;
    private final EntityIndex entities;
    private final NameReader names;
    private final RoleReferences roles;
    private final SentenceSubjects sentences;

    PhraseReader(List<Block> blocks, List<List<Token>> tokens, EntityIndex entities) {
        this.blocks = blocks;
        this.tokens = tokens;
        this.entities = entities;
        this.names = new NameReader(blocks, tokens, entities);
        this.roles = new RoleReferences(this, names, tokens, entities);
        this.sentences = new SentenceSubjects(this, names, blocks, tokens, entities);
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
            Speaker quoted = SubjectShapes.quotedPerson(blocks.get(b).text(), toks.get(i), cue.gender());
            // «قال "سامي عوض" مدير»; «وأوضح "العتيبي" أن …»: a family name alone, named in full before
            return quoted != null ? quoted : names.quotedFamilyName(b, toks.get(i), cue.gender());
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
     * @param personOnly true when reading the name after a role seen earlier: only a person answers, so
     *                   «محافظ المدينة» names nobody rather than the city
     */
    Speaker phraseAt(int b, int i, int limit, boolean selfFound, boolean stripLam, Gender gender, boolean personOnly) {
        List<Token> toks = tokens.get(b);
        boolean roleSeen = false;
        int definiteStart = -1;
        int definiteEnd = -1;
        int unnamedEnd = -1;
        int unnamedRole = -1; // «باحث مصري»: an indefinite role and its adjectives of origin
        int phraseEnd = i;
        RoleExtent role = new RoleExtent();
        int end = Math.min(limit, i + MAX_SUBJECT_WORDS);
        for (int j = i; j < end; j++) {
            phraseEnd = j;
            Token t = toks.get(j);
            boolean label = j + 1 < toks.size() && toks.get(j + 1).isPunctuation(':'); // «وأردف "العتيبي": "…"»
            if (t.kind() == Token.Kind.QUOTED_NAME && j > i && SubjectShapes.introducesQuotedName(toks, i, j)) {
                // «وقال الشيخ "فلان الفلاني" المتحدث …», «أما العروس «فلانة» فقد قالت»: the name, not its title
                Speaker quoted = SubjectShapes.quotedPerson(blocks.get(b).text(), t, gender);
                if (quoted != null) {
                    return quoted; // the marks bound the whole name, even where the recogniser cut it
                }
            }
            if (t.kind() == Token.Kind.QUOTED_NAME
                    && ((j > i && WordLists.isTitleNoun(toks.get(j - 1).folded())) || (j == i && label))) {
                if (roleSeen) {
                    role.extend(toks, j); // the body the role belongs to: «الخبير في صندوق "النقد الدولي" نبيل حداد»
                    continue;
                }
                return new Speaker(nameOf(b, t.start() + 1, t.end() - 1), gender);
            }
            if (t.isWord() && j + 1 < end && PhraseWords.isAbbreviationDot(toks, j + 1)) {
                j++; // «م. سعد القحطاني», «رجل الأعمال م. فلان»: an abbreviated title before the name
                continue;
            }
            if (roleSeen && t.isWord() && PhraseWords.continuesRole(toks, j, end)) {
                role.continueOver(toks, j);
                continue;
            }
            if (!t.isWord()) {
                if (roleSeen && PhraseWords.isComma(t)) {
                    Speaker apposed = names.nameInApposition(b, j + 1, limit, selfFound, gender);
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
                    String body =
                            SubjectShapes.organisationWithNisba(blocks.get(b).text(), toks, j, located);
                    return new Speaker(PhraseWords.withoutMediaHead(body), gender);
                }
                roleSeen = true;
                while (j + 1 < end
                        && toks.get(j + 1).start() < located.mention().end()) {
                    j++;
                }
                role.extend(toks, j);
                continue;
            }
            String w = t.folded();
            if (j > i && PhraseWords.isSameness(w)) {
                continue; // «وأوضح المصدر ذاته»: the source named before
            }
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
                int described = selfFound ? UnnamedSources.descriptorEnd(toks, j, limit) : j;
                if (described > j && !WordLists.isRole(w)) {
                    return new Speaker(names.textOf(b, i, described), gender); // «موظف في شركة الكهرباء»
                }
            } else if (describesUnnamed
                    && (WordLists.isDescriptor(w) || PhraseWords.isNisba(w) || ArabicText.isDefinite(w))) {
                unnamedEnd = j;
                continue;
            }
            if (WordLists.isRole(w)) {
                roleSeen = true;
                role.start(toks, j);
                unnamedRole = j == i && unnamedEnd != j ? SubjectShapes.nisbaEnd(toks, j, end) : unnamedRole;
                j = Math.max(j, unnamedRole);
                role.extend(toks, j);
                continue;
            }
            if (roleSeen && WordLists.isRoleComplement(w)) {
                // the role's complement: «رئيس جمعية المزارعين»، «مدير شركة الكهرباء»
                role.extend(toks, j);
                continue;
            }
            if (ArabicText.isDefinite(w)) {
                if (roleSeen) {
                    role.extend(toks, j);
                }
                if (!roleSeen && (definiteStart < 0 || definiteEnd == j - 1)) {
                    definiteStart = definiteStart < 0 ? j : definiteStart;
                    definiteEnd = j;
                }
                continue;
            }
            boolean media = WordLists.isMediaNoun(w);
            if (j + 1 < end && toks.get(j + 1).kind() == Token.Kind.QUOTED_NAME && (WordLists.isBody(w) || media)) {
                Token quoted = toks.get(j + 1); // «شبكة «سي إن إن»», «جريدة "…"»: the body is its quoted name
                return new Speaker(nameOf(b, quoted.start() + 1, quoted.end() - 1), gender);
            }
            if (media && selfFound && PhraseWords.startsMediaName(toks, j + 1, end)) {
                // «وقالت صحيفة ديلي ميل»: the newspaper is its name, not its head noun
                return new Speaker(names.readName(b, j + 1, limit, false), gender);
            }
            Speaker introduced = names.personIntroduced(b, j + 1, end, gender);
            if (introduced != null) {
                return introduced; // «أسطورة التنس السويسري روجيه فيدرر»: not «أسطورة التنس»
            }
            Speaker apposed = roleSeen ? apposedAfterComplement(b, j, limit, selfFound, gender) : null;
            if (apposed != null) {
                return apposed; // «المدير الإقليمي للبرنامج لمنطقة …، فلان،»: the complement runs to the comma
            }
            if (!selfFound
                    || (j > i && names.isAddressee(b, t))
                    || PhraseWords.beforeDefiniteWithPreposition(toks, j, end)) {
                break; // «الفريق الأول لكرة القدم»: a preposition's object, not a name
            }
            return new Speaker(names.readName(b, j, limit, stripLam && j == i), gender);
        }
        if (unnamedRole > i) {
            return new Speaker(names.textOf(b, i, unnamedRole), gender);
        }
        if (personOnly) {
            return roleSeen ? Speaker.unnamed(gender) : null;
        }
        if (selfFound && unnamedEnd >= i) {
            int described = UnnamedSources.descriptorEnd(toks, unnamedEnd, limit);
            int last = UnnamedSources.throughPersonNamed(entities, b, toks, described, limit);
            return new Speaker(names.textOf(b, i, last), gender);
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
            Speaker named = roles.namedEarlierWithRole(b, i, phraseEnd, gender);
            return named != null ? named : Speaker.role(role.text(names, b), gender);
        }
        return null;
    }

    /**
     * The person named between commas after a role's long complement, read on from token {@code j} over words only (no
     * cue, no other punctuation) to the first comma; or null.
     */
    private Speaker apposedAfterComplement(int b, int j, int limit, boolean selfFound, Gender gender) {
        List<Token> toks = tokens(b);
        for (int k = j; k < limit && k < j + MAX_SUBJECT_WORDS; k++) {
            Token t = toks.get(k);
            if (PhraseWords.isComma(t)) {
                return names.nameInApposition(b, k + 1, limit, selfFound, gender);
            }
            if (!t.isWord() || CueWords.lookup(t.folded()) != null) {
                return null;
            }
        }
        return null;
    }

    /** See {@link SentenceSubjects#sentenceSubject}. */
    Speaker sentenceSubject(int b, int start, int limit, Gender gender) {
        return sentences.sentenceSubject(b, start, limit, gender);
    }

    /** See {@link SentenceSubjects#recentPerson}. */
    Speaker recentPerson(int b, int offset, Gender gender, String other) {
        return sentences.recentPerson(b, offset, gender, other);
    }

    /** See {@link NameReader#headlineSpeaker}. */
    Speaker headlineSpeaker(int b, int start, int colon) {
        return names.headlineSpeaker(b, start, colon);
    }

    /** The entity's canonical name when the text names one, else the text itself (see {@link SpeakerNames}). */
    String nameOf(int b, int from, int to) {
        return names.nameOf(b, from, to);
    }

    String longestFormRead(String name) {
        return names.longestFormRead(name);
    }
}
