package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.EntityType;

/**
 * Reads a name from the words of a phrase when the recogniser found none there, or finds the person it
 * found a little further on: the pieces of {@link PhraseReader} that deal with names rather than roles.
 */
final class NameReader {
    /** Longest name read from the text without the recogniser's help. */
    static final int MAX_NAME_WORDS = 4;

    /** Words that bind the next one into the same part of a name: «عبد الله»، «أبو بكر»، «بن سلمان». */
    private static final java.util.Set<String> NAME_LINKS = org.sahifa.lexicon.Lexicon.words("name-links");

    private final List<Block> blocks;
    private final List<List<Token>> tokens;
    private final EntityIndex entities;
    private final SpeakerNames names;

    NameReader(List<Block> blocks, List<List<Token>> tokens, EntityIndex entities) {
        this.blocks = blocks;
        this.tokens = tokens;
        this.entities = entities;
        this.names = new SpeakerNames(blocks, entities);
    }

    /** Whether token {@code t} of block {@code b} addresses someone rather than naming the speaker. */
    boolean isAddressee(int b, Token t) {
        return names.isAddressee(b, t);
    }

    /**
     * «رئيس جمعية المزارعين، خليل داود، …»: the person named between commas right after a role, from
     * token {@code k}; a name read from the words only when a second comma closes it.
     */
    Speaker nameInApposition(int b, int k, int limit, boolean selfFound, Gender gender) {
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
     * The person the recogniser found among the words from token {@code k}, before any punctuation, particle or
     * cue: an unlisted role head («أسطورة», «نجم») and its complement stand in apposition before the name.
     */
    Speaker personIntroduced(int b, int k, int end, Gender gender) {
        List<Token> toks = tokens.get(b);
        for (int m = k; m < end && (toks.get(m).isWord() || PhraseWords.isAbbreviationDot(toks, m)); m++) {
            if (!toks.get(m).isWord()) {
                continue; // «رجل الأعمال م. فلان»: the abbreviated title's dot
            }
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
     * A name read from the words at token {@code j}: as the recogniser names it when it knows it.
     * A word with ب، ل or ك followed by an adjective with the article ends the name: in
     * «لافروف بكوريا الشمالية» it starts a place, while «فلاديمير بوتين» keeps its ب. A word with
     * the article continues a name of one part only: «فهد العلي»، «عبد الفتاح السيسي», but not
     * «عمر فاروق العاصمة».
     */
    String readName(int b, int j, int limit, boolean stripLam) {
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
                    || PhraseWords.isPrepositionalDefinite(w)
                    || names.isAddressee(b, t)) {
                break; // «وقال بويتشنكو لرويترز»: the addressee is no part of the name
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

    /**
     * «وأوضح "العتيبي" أن …»: a family name alone in marks, with the article, is the person the article named with it:
     * the listed person it is a form of, else the word itself when an earlier word of the article is the same (the
     * full name the recogniser missed or cut: «الشيخ "فلان درع العتيبي"» before). Null for anything else in marks.
     */
    Speaker quotedFamilyName(int b, Token quoted, Gender gender) {
        String text = blocks.get(b).text();
        int from = quoted.start() + 1;
        int to = quoted.end() - 1;
        String inside = from < to ? text.substring(from, to).strip() : "";
        String w = ArabicText.fold(inside);
        if (w.isEmpty()
                || w.contains(" ")
                || !ArabicText.isDefinite(w)
                || WordLists.isRole(w)
                || WordLists.isBody(w)
                || WordLists.isMediaNoun(w)
                || WordLists.isGroupHead(w)
                || WordLists.isUnnamedSource(w)
                || WordLists.isTimeWord(w)) {
            return null;
        }
        org.sahifa.model.Entity listed = entities.resolve(inside, b);
        if (listed != null) {
            return listed.type() == EntityType.PERSON ? new Speaker(listed.name(), gender) : null;
        }
        // through nameOf, so that the longer name read before stands for it («فهد العتيبي» for «العتيبي»)
        return namedBefore(b, quoted.start(), w) ? new Speaker(nameOf(b, from, to), gender) : null;
    }

    /**
     * Whether a word of the article before offset {@code offset} of block {@code b} is {@code folded}, also a word in
     * marks.
     */
    private boolean namedBefore(int b, int offset, String folded) {
        for (int block = 0; block <= b; block++) {
            String text = blocks.get(block).text();
            String before = block == b ? text.substring(0, Math.min(offset, text.length())) : text;
            if (ArabicText.foldedWords(before).contains(folded)) {
                return true;
            }
        }
        return false;
    }

    /** The text of block {@code b} from token {@code from} to token {@code to}, both included. */
    String textOf(int b, int from, int to) {
        List<Token> toks = tokens.get(b);
        return blocks.get(b)
                .text()
                .substring(toks.get(from).start(), toks.get(to).end());
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
