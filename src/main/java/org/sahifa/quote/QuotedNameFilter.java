package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.EntityType;

/**
 * Tells a quoted name or title from a quotation. A quoted stretch is a name when the word before
 * it names a kind of title («وكالة “ريا نوفوستي”»، «روايتها “…”»، «ندوة بعنوان “…”»، «ما يسمى “…”»),
 * possibly with up to {@value #MAX_ADJECTIVES} adjectives between («كتابه الجديد “…”»), or when the
 * recogniser found it as an organisation or place, or when it is a few words opening with the head
 * noun of a group's name («“الدولة الإسلامية”»). A title noun with the article refers back to
 * one already named, so what follows it is said, not named: «وقالت الصحيفة “…”»، «أن الحلف “…”»;
 * so is a title noun that already has its name or is spoken to: «قال لقناة الجزيرة “…”».
 */
final class QuotedNameFilter {
    /** Adjectives with the article allowed between a title noun and the quoted title. */
    static final int MAX_ADJECTIVES = 2;
    /** Longest quoted name, in words; longer quoted stretches are always quotations. */
    static final int MAX_NAME_WORDS = 12;
    /** Longest quoted group name recognised by its head noun alone. */
    static final int MAX_GROUP_NAME_WORDS = 4;
    /**
     * Longest quoted stretch that is a name by its own shape: a set phrase («"بإذن الله"»), a kunya («"أبو مازن"»),
     * a body or title noun with its name («"مسجد النور"», «"طيران الخليج"»). A scare quote someone said
     * («وصفها بـ"الخطيرة"») stays a quotation.
     */
    static final int MAX_SHORT_NAME_WORDS = 3;
    /** Set phrases of the shared lexicon, folded: «بإذن الله», «إن شاء الله». */
    private static final java.util.Set<String> SET_PHRASES = org.sahifa.lexicon.Lexicon.words("set-phrases");
    /** Newspapers and agencies whose names are everyday words or places: «"الوطن"», «"عكاظ"». */
    private static final java.util.Set<String> NEWSPAPERS = org.sahifa.lexicon.Lexicon.words("newspaper-names");
    /** Nouns that open a name: «مسجد», «طيران», «صحيفة», «جامعة» (four lexicon lists). */
    private static final java.util.Set<String> NAME_HEADS = nameHeads();

    private QuotedNameFilter() {}

    /**
     * True when the quoted stretch {@code quotedText} of paragraph {@code block} is a name or title.
     *
     * @param before the paragraph's tokens ending just before the opening mark
     * @param after  the paragraph's tokens from just after the closing mark
     */
    static boolean isName(List<Token> before, List<Token> after, String quotedText, EntityIndex entities, int block) {
        if (ArabicText.wordCount(quotedText) > MAX_NAME_WORDS || afterPredicateThat(before)) {
            return false;
        }
        if (afterDrawnOutArticle(before)) {
            return true;
        }
        if (namedByEntity(quotedText, entities, block)
                || isGroupName(quotedText)
                || isWebName(quotedText)
                || isEnglishTitle(quotedText)
                || isSpelledAcronym(quotedText)) {
            return true;
        }
        if (ArabicText.wordCount(quotedText) <= MAX_SHORT_NAME_WORDS && isNameByShape(quotedText)) {
            // «وقال: "الحمد لله"» is said: a set phrase right after a colon or a speech verb stays a quotation
            return !(ShortQuotedNames.rightAfterColonOrCue(before) && isSetPhrase(quotedText));
        }
        if (isNameAfterNoun(before, quotedText)
                || QuotedNameContext.isName(before, after, quotedText)
                || ShortQuotedNames.isName(before, after, quotedText)) {
            return true;
        }
        int i = before.size() - 1;
        if (i >= 0 && before.get(i).isWord() && isLoneClitic(before.get(i).folded())) {
            i--;
        }
        int lastWord = i;
        for (int adjectives = 0; i >= 0 && adjectives <= MAX_ADJECTIVES; adjectives++, i--) {
            Token t = before.get(i);
            if (!t.isWord()) {
                return false;
            }
            String w = t.folded();
            if (WordLists.isNamingWord(w)) {
                // «المتحدث باسم الجيش "…"»: a naming word names what stands right after it, not past a complement;
                // its own name («اسمه الأول "…"», «تغير اسمه إلى "…"») may stand past an adjective or «إلى»
                return i == lastWord || (isOwnName(w) && onlyAdjectivesOrTo(before, i + 1, lastWord, true));
            }
            if (WordLists.isTitleNoun(w)) {
                boolean between = i < lastWord;
                if (between && !onlyAdjectivesOrTo(before, i + 1, lastWord, false)) {
                    return false; // «رسالته إلى "…"» is whom it was sent to
                }
                if (between
                        && (ArabicText.startsWithPrepositionClitic(w)
                                || namesSomething(before, i + 1, lastWord, entities, block))) {
                    return false;
                }
                // a word with the article carries no possessive: «الكتابة» is not «كتابه»
                return !ArabicText.isDefinite(w);
            }
            if (!ArabicText.isDefinite(w) && !w.equals("الي")) {
                return false; // «إلى» only before one's own name: «تغير اسمه إلى "…"»
            }
        }
        return false;
    }

    /** The article standing as a word of its own (drawn out with «ـ»), alone or after a proclitic, folded: «الـ». */
    private static final java.util.Set<String> DRAWN_OUT_ARTICLES =
            java.util.Set.of("ال", "بال", "لل", "وال", "فال", "كال", "وبال", "ولل");

    /**
     * «فريق الـ"بلوز"», «فئة الـ"ميني فان"»: a quoted stretch glued to the article drawn out with «ـ» is a noun the
     * article defines, a name or a term; nobody's sentence takes the article.
     */
    static boolean afterDrawnOutArticle(List<Token> before) {
        if (before.isEmpty() || !before.get(before.size() - 1).isWord()) {
            return false;
        }
        String w = before.get(before.size() - 1).folded();
        return DRAWN_OUT_ARTICLES.contains(w); // folding drops «ـ»; the article alone as a word is only ever glued so
    }

    /** «أنه», «بأنها», «على أنهم» …, folded: after them a quoted stretch is what something is said or held to be. */
    private static final java.util.Set<String> PREDICATE_THAT =
            java.util.Set.of("انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "بانهما");

    /**
     * «وصفه بأنه "عمل إرهابي"», «أشار إلى أنه "مقامر عتيد"»: right after «أنه»/«بأنها» the quoted stretch is the
     * predicate, a description someone gave, never a name, even when the recogniser lists it as a body.
     */
    static boolean afterPredicateThat(List<Token> before) {
        return !before.isEmpty()
                && before.get(before.size() - 1).isWord()
                && PREDICATE_THAT.contains(before.get(before.size() - 1).folded());
    }

    /**
     * True when a word between the title noun and the mark is a name the recogniser found: the
     * title noun has its name already («لقناة الجزيرة “…”»).
     */
    private static boolean namesSomething(List<Token> before, int from, int to, EntityIndex entities, int block) {
        for (int k = from; k <= to; k++) {
            Token t = before.get(k);
            if (entities.at(block, t.start(), t.end()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A newspaper's name, a set phrase, a kunya, or a body or title noun followed by its name: «"الوطن"»,
     * «"بإذن الله"», «"أبو مازن"», «"مسجد النور"».
     */
    static boolean isNameByShape(String quotedText) {
        String folded = ArabicText.fold(quotedText.strip());
        String[] words = folded.split("\\s+");
        if (NEWSPAPERS.contains(folded) || isSetPhrase(quotedText)) {
            return true;
        }
        if (words.length < 2) {
            return false;
        }
        String head = ArabicText.stripClitic(words[0]);
        // «"الخطة جاهزة"» is said: a head with the article opens a sentence, not a name
        boolean nameHead = NAME_HEADS.contains(words[0]) || NAME_HEADS.contains(head);
        return head.equals("ابو") || head.equals("ام") || (!ArabicText.isDefinite(head) && nameHead);
    }

    /** «"بإذن الله"», «"وإن شاء الله"»: a set phrase of the shared lexicon, with or without a clitic. */
    static boolean isSetPhrase(String quotedText) {
        String folded = ArabicText.fold(quotedText.strip());
        String first = ArabicText.firstWord(folded);
        return SET_PHRASES.contains(folded)
                || SET_PHRASES.contains(ArabicText.stripClitic(first) + folded.substring(first.length()));
    }

    /**
     * «الزرافة "كاتي"», «المركز الثاني "مبروكة"»: one word without the article, quoted right after a noun with the
     * article, in a sentence with no speech cue before it, is the noun's name. A quoted word with the article
     * («الولايات المتحدة "الخطيرة"») describes, and stays a scare quote.
     */
    private static boolean isNameAfterNoun(List<Token> before, String quotedText) {
        String quoted = ArabicText.fold(quotedText.strip());
        if (quoted.contains(" ")
                || ArabicText.isDefinite(quoted)
                || before.isEmpty()
                || !before.get(before.size() - 1).isWord()) {
            return false;
        }
        String noun = before.get(before.size() - 1).folded();
        if (!ArabicText.isDefinite(noun) || WordLists.isFunctionWord(noun)) {
            return false;
        }
        for (int k = before.size() - 1; k >= 0 && !before.get(k).endsSentence(); k--) {
            if (before.get(k).isWord() && CueWords.lookup(before.get(k).folded()) != null) {
                return false;
            }
        }
        return true;
    }

    /** True for a noun that opens a name, folded and without the article: «مسجد», «سجن», «طيران». */
    static boolean isNameHead(String folded) {
        return NAME_HEADS.contains(folded);
    }

    private static java.util.Set<String> nameHeads() {
        java.util.Set<String> heads = new java.util.HashSet<>();
        for (String list : new String[] {"name-head-nouns", "institutions", "media-nouns", "organisation-cues"}) {
            heads.addAll(org.sahifa.lexicon.Lexicon.words(list));
        }
        return java.util.Set.copyOf(heads);
    }

    /** A few words opening with a group's head noun: «“الجيش الحر”», «“وحدات حماية الشعب”». */
    private static boolean isGroupName(String quotedText) {
        String[] words = ArabicText.fold(quotedText.strip()).split("\\s+");
        return words.length <= MAX_GROUP_NAME_WORDS && WordLists.isGroupHead(words[0]);
    }

    private static boolean namedByEntity(String quotedText, EntityIndex entities, int block) {
        var entity = entities.resolveExact(quotedText);
        if (entity == null) {
            return placeWithAdjective(quotedText, entities);
        }
        // a person's name alone in marks is a name too: «التقى "فلان الفلاني"»
        return entity.type() != EntityType.PERSON || ArabicText.wordCount(quotedText) <= ShortQuotedNames.MAX_WORDS;
    }

    /**
     * «"روسيا الاتحادية"», «"اليمن الجنوبي"»: a place or body the recogniser found followed only by adjectives of
     * relation with the article is that place's longer name, not something said.
     */
    private static boolean placeWithAdjective(String quotedText, EntityIndex entities) {
        String[] words = quotedText.strip().split("\\s+");
        if (words.length < 2 || words.length > MAX_SHORT_NAME_WORDS) {
            return false;
        }
        for (int split = words.length - 1; split >= 1; split--) {
            var head = entities.resolveExact(String.join(" ", java.util.Arrays.copyOfRange(words, 0, split)));
            if (head != null && head.type() != EntityType.PERSON) {
                for (int k = split; k < words.length; k++) {
                    if (!isAdjectiveOfRelation(ArabicText.fold(words[k]))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * «الاتحادية», «الشرقي»: a word with the article ending in the adjective of relation's «ي» or «ية»; or a compass
     * word after the place («"أذربيجان جنوب"»).
     */
    private static boolean isAdjectiveOfRelation(String folded) {
        return (ArabicText.isDefinite(folded) && (folded.endsWith("ي") || folded.endsWith("يه")))
                || COMPASS.contains(folded);
    }

    /** Longest title, in words, told by an English article written in Arabic letters. */
    static final int MAX_ENGLISH_TITLE_WORDS = 6;

    /**
     * «"ذا صن"», «"ذا ديلي شو"», «"ذا رزيدنسز في …"»: a stretch opening with «ذا», English «The» written in Arabic
     * letters, is the title of a newspaper, programme, film or place (every such stretch of the unlabelled corpus
     * is one); Arabic «ذا» («ذا أهمية») opens no quoted sentence there.
     */
    private static boolean isEnglishTitle(String quotedText) {
        String t = quotedText.strip();
        int words = ArabicText.wordCount(t);
        return words >= 2
                && words <= MAX_ENGLISH_TITLE_WORDS
                && ArabicText.firstWord(t).equals("ذا")
                && ".,،!?؟…".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** The Latin letters' names as Arabic news spells them, folded: «إف», «بي», «آي» (shared with {@code nlp}). */
    private static final java.util.Set<String> LETTER_NAMES = org.sahifa.lexicon.Lexicon.words("letter-names");

    /** Longest acronym, in letters, told by its spelling. */
    static final int MAX_ACRONYM_LETTERS = 5;

    /**
     * «"إف بي آي"», «"سي إن إن"»: two to {@value #MAX_ACRONYM_LETTERS} words, each a Latin letter's name, at least one
     * of them no Arabic particle («في», «أو», «إن» are both), spell an acronym, a name; nobody says such a line.
     */
    static boolean isSpelledAcronym(String quotedText) {
        String[] words = ArabicText.fold(quotedText.strip()).split("\\s+");
        if (words.length < 2 || words.length > MAX_ACRONYM_LETTERS) {
            return false;
        }
        boolean notParticle = false;
        for (String w : words) {
            if (!LETTER_NAMES.contains(w)) {
                return false;
            }
            notParticle |= !WordLists.isFunctionWord(w);
        }
        return notParticle;
    }

    private static final java.util.Set<String> COMPASS = java.util.Set.of("شمال", "جنوب", "شرق", "غرب", "وسط");

    /**
     * «"العربية.نت"», «"بي.إم.دبليو"»: one word with a dot between letters is a site's or a brand's name, never a
     * sentence (a sentence's full stop is followed by a space or ends it).
     */
    private static boolean isWebName(String quotedText) {
        String t = quotedText.strip();
        if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        for (int i = 1; i + 1 < t.length(); i++) {
            if (t.charAt(i) == '.' && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** «اسمه», «عنوانها», «لقبه»: a naming word with a possessive, the name its owner has. */
    private static boolean isOwnName(String folded) {
        return folded.length() > 3 && (folded.endsWith("ه") || folded.endsWith("ها")) && !folded.startsWith("ب");
    }

    /** Only words with the article (or «إلى», when {@code to} is allowed) from {@code from} to {@code last}. */
    private static boolean onlyAdjectivesOrTo(List<Token> before, int from, int last, boolean to) {
        for (int k = from; k <= last; k++) {
            String w = before.get(k).folded();
            if (!ArabicText.isDefinite(w) && !(to && w.equals("الي"))) {
                return false;
            }
        }
        return true;
    }

    /** «ب» or «ل» written apart before the mark: «بـ“…”». */
    private static boolean isLoneClitic(String folded) {
        return folded.equals("ب") || folded.equals("ل") || folded.equals("ك");
    }
}
