package org.sahifa.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;
import org.sahifa.lexicon.WordList;
import org.sahifa.model.Entity;

/**
 * Span-classifier evidence that tells naming from saying (docs/quotations.md, "Round 12: naming is not saying"): a
 * quoted newspaper, programme, mosque or airline, a kunya, a slogan or «بإذن الله» is marked like a quotation but is
 * nobody's words. Each function reads one fact and returns its feature string, or null when the fact is absent; none
 * decides anything (the classifier weighs them, learnt from the annotated articles).
 */
final class NamingEvidence {
    /** How many words back a naming word or head noun counts («تحت شعار», «ما يسمى بـ», «صحيفة الوطن السعودية»). */
    static final int NAMING_REACH = 3;
    /** How many tokens after the closing mark a speech cue counts («"…"، قال الوزير»). */
    static final int CUE_AFTER_REACH = 3;
    /** Spans longer than this are not searched for a listed name or a set phrase inside (a sentence names many). */
    static final int MAX_WORDS_SEARCHED = 6;

    /** Word key ({@link ArticleWords#key}) to kind («naming» or «head»): the lexicon list {@code naming-context}. */
    private static final Map<String, String> NAMING_CONTEXT = namingContext();
    /** Phrases that look like names or sayings and are neither: «بإذن الله», «إن شاء الله» (lexicon {@code set-phrases}). */
    private static final Set<String> SET_PHRASES = Lexicon.words("set-phrases");

    private NamingEvidence() {}

    private static Map<String, String> namingContext() {
        Map<String, String> out = new HashMap<>();
        for (String kind : List.of("naming", "head")) {
            WordList.load("naming-context").foldedWhere(1, kind).forEach(w -> out.put(ArticleWords.key(w), kind));
        }
        return Map.copyOf(out);
    }

    /** The features of this class for the span whose QUOTATION or QUOTED_NAME token is {@code toks.get(i)}. */
    static void add(List<String> f, List<Token> toks, int i, String[] words, EntityIndex entities) {
        for (String feature : new String[] {
            namingBefore(toks, i), listedName(words, entities), setPhrase(words), cueAfter(toks, i), oneWordShape(words)
        }) {
            if (feature != null) {
                f.add(feature);
            }
        }
    }

    /**
     * A naming word or a named thing's head noun among the {@link #NAMING_REACH} words before the opening mark, in the
     * same sentence: {@code naming@1=head} for «صحيفة "…"», {@code naming@2-3=naming} for «تحت شعار الحملة "…"». A lone
     * clitic written apart («بـ"…"») is skipped, not counted.
     */
    static String namingBefore(List<Token> toks, int i) {
        int distance = 0;
        for (int k = i - 1; k >= 0 && distance < NAMING_REACH; k--) {
            Token t = toks.get(k);
            if (!t.isWord()) {
                return null; // punctuation, another mark or the sentence's end: what lies before is another phrase
            }
            if (t.folded().length() == 1) {
                continue;
            }
            distance++;
            String kind = NAMING_CONTEXT.get(ArticleWords.key(t.folded()));
            if (kind != null) {
                return "naming@" + (distance == 1 ? "1" : "2-3") + "=" + kind;
            }
        }
        return null;
    }

    /**
     * The span is a name the analysis lists (its name or one of its mentions, anywhere in the article), or, for a span
     * of up to {@link #MAX_WORDS_SEARCHED} words, holds one: {@code listedName=PERSON}, {@code holdsName=ORGANIZATION}.
     */
    static String listedName(String[] words, EntityIndex entities) {
        if (words.length == 0) {
            return null;
        }
        Entity whole = entities.resolveExact(String.join(" ", words));
        if (whole != null) {
            return "listedName=" + whole.type().name();
        }
        if (words.length > MAX_WORDS_SEARCHED) {
            return null;
        }
        for (int length = words.length - 1; length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + length));
                if (run.length() < ArticleWords.MIN_LETTERS) {
                    continue;
                }
                Entity inside = entities.resolveExact(run);
                if (inside != null) {
                    return "holdsName=" + inside.type().name();
                }
            }
        }
        return null;
    }

    /** The span is a set phrase ({@code setPhrase}) or, if short, holds one ({@code holdsSetPhrase}). */
    static String setPhrase(String[] words) {
        if (words.length == 0 || words.length > MAX_WORDS_SEARCHED) {
            return null;
        }
        String[] bare = new String[words.length];
        for (int w = 0; w < words.length; w++) {
            bare[w] = ArabicText.stripClitic(words[w]);
        }
        if (isSetPhrase(words, 0, words.length) || isSetPhrase(bare, 0, bare.length)) {
            return "setPhrase";
        }
        for (int from = 0; from < words.length; from++) {
            for (int to = from + 2; to <= words.length; to++) {
                if ((to - from < words.length) && (isSetPhrase(words, from, to) || isSetPhrase(bare, from, to))) {
                    return "holdsSetPhrase";
                }
            }
        }
        return null;
    }

    private static boolean isSetPhrase(String[] words, int from, int to) {
        return SET_PHRASES.contains(String.join(" ", java.util.Arrays.copyOfRange(words, from, to)));
    }

    /**
     * A speech cue within {@link #CUE_AFTER_REACH} tokens after the closing mark, past a comma or a conjunction («"…"،
     * قال الوزير»), or a colon right after it: {@code cueAfter}, {@code colonAfter}. (A cue right after the mark is also
     * round 10's {@code n+1=cue}.)
     */
    static String cueAfter(List<Token> toks, int i) {
        for (int k = i + 1; k < toks.size() && k <= i + CUE_AFTER_REACH; k++) {
            Token t = toks.get(k);
            if (t.isPunctuation(':')) {
                return k == i + 1 ? "colonAfter" : null;
            }
            if (t.endsSentence() || t.kind() == Token.Kind.QUOTATION || t.kind() == Token.Kind.QUOTED_NAME) {
                return null;
            }
            if (t.isWord() && CueWords.lookupAt(toks, k) != null) {
                return "cueAfter";
            }
        }
        return null;
    }

    /**
     * The shape of a one-word span: an adverb in «ا» («مطلقا», «تماما»), a definite adjective in «ية/ي» (a nisba) or
     * in «ة» («الخطيرة»), another definite word, or a bare one. Words someone is said to have used are often adverbs
     * and adjectives; quoted names and terms more often nouns. A guess from letters: the classifier weighs it.
     */
    static String oneWordShape(String[] words) {
        if (words.length != 1) {
            return null;
        }
        String w = words[0];
        boolean definite = ArabicText.isDefinite(w);
        if (!definite && w.length() >= 4 && w.endsWith("ا") && !w.endsWith("اا")) {
            return "oneWord=adverbA";
        }
        if (definite && (w.endsWith("يه") || w.endsWith("ي"))) {
            return "oneWord=definiteNisba";
        }
        if (definite && w.endsWith("ه")) {
            return "oneWord=definiteFeminine";
        }
        return definite ? "oneWord=definite" : "oneWord=bare";
    }
}
