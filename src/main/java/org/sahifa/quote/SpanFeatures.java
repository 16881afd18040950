package org.sahifa.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sahifa.quote.EntityIndex.Located;

/**
 * The evidence a trained classifier weighs to tell a quotation from a quoted name or title (docs/quotations.md,
 * "Round 10"): strings, one per fact, read from the words around a marked span and inside it. No feature decides
 * anything; which words matter (a head noun before the mark, a verb after it) is learnt from the annotated articles.
 */
final class SpanFeatures {
    /** How far back, in tokens, a speech cue, «إن/أن» or a colon counts as introducing the span. */
    static final int CUE_REACH = 8;
    /** How far back, in tokens, a cue counts as earlier in the sentence: bounds the work in a paragraph of marks. */
    static final int SENTENCE_REACH = 60;
    /** Particles and pronouns that make a stretch read as a sentence rather than a name. */
    /** Every feature that carries the rules' decision starts with this, and no other does. */
    static final String RULES_PREFIX = "rules=";

    private static final Set<String> SENTENCE_WORDS = Set.of(
            "لا", "لم", "لن", "ليس", "قد", "لقد", "ان", "انه", "انها", "اننا", "انني", "نحن", "انا", "انت", "هو", "هي",
            "هم", "هذا", "هذه", "الذي", "التي", "الذين", "كان", "كانت", "يجب", "سوف", "ما", "كل", "على", "من", "في",
            "الي", "عن", "مع");

    private SpanFeatures() {}

    /**
     * Features of the span whose QUOTATION (or QUOTED_NAME) token is {@code toks.get(i)}.
     *
     * @param text          the span's words, marks left out
     * @param rulesQuotation what the hand rules decided: a quotation, or a quoted name
     * @param multiParagraph the span runs over several paragraphs
     * @param unclosed      the opening mark was never closed
     * @param outsideMarks  the article's words outside the marks ({@link ArticleWords#outsideMarks})
     */
    static List<String> of(
            List<Token> toks,
            int i,
            String text,
            boolean rulesQuotation,
            boolean multiParagraph,
            boolean unclosed,
            EntityIndex entities,
            int block,
            int from,
            int to,
            Set<String> outsideMarks) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        // The rules' decision, alone and with the length: the bundled model never saw these two (every feature that
        // carries it starts with RULES_PREFIX, and SpanModelEval strips exactly those before training, so they weigh
        // nothing here); kept for the dropped variants `-Drules=with|copy` that docs/quotations.md reports.
        String rules = RULES_PREFIX + (rulesQuotation ? "quote" : "name");
        f.add(rules);
        String[] words = words(text);
        String length = lengthBucket(words.length);
        f.add("len=" + length);
        f.add(rules + "&len=" + length);
        if (multiParagraph) {
            f.add("multiParagraph");
        }
        if (unclosed) {
            f.add("unclosed");
        }
        inside(f, text, words);
        String seen = ArticleWords.seenShare(words, outsideMarks);
        if (seen != null) {
            f.add("seenOutside=" + seen);
            f.add("seenOutside=" + seen + "/len=" + length);
        }
        before(f, toks, i);
        after(f, toks, i);
        names(f, entities, block, from, to);
        return f;
    }

    /** The span's folded words, punctuation dropped. */
    static String[] words(String text) {
        String folded = ArabicText.fold(text).strip();
        if (folded.isEmpty()) {
            return new String[0];
        }
        return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    static String lengthBucket(int words) {
        if (words <= 3) {
            return Integer.toString(words);
        }
        if (words <= 5) {
            return "4-5";
        }
        if (words <= 10) {
            return "6-10";
        }
        return words <= 20 ? "11-20" : "21+";
    }

    /** What the span holds: closing punctuation, digits, Latin letters, the article, sentence words, speech verbs. */
    private static void inside(List<String> f, String text, String[] words) {
        String t = text.strip();
        if (!t.isEmpty() && ".!?؟،,:;؛…".indexOf(t.charAt(t.length() - 1)) >= 0) {
            f.add("endsPunct");
        }
        if (t.chars().anyMatch(Character::isDigit)) {
            f.add("digit");
        }
        if (t.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            f.add("latin");
        }
        if (words.length == 0) {
            return;
        }
        f.add(ArabicText.isDefinite(words[0]) ? "firstDefinite" : "firstBare");
        int sentenceWords = 0;
        boolean verb = false;
        for (String w : words) {
            if (SENTENCE_WORDS.contains(w) || SENTENCE_WORDS.contains(ArabicText.stripClitic(w))) {
                sentenceWords++;
            }
            verb |= CueWords.lookup(w) != null;
        }
        f.add("sentenceWords=" + Math.min(sentenceWords, 3));
        if (verb) {
            f.add("speechVerbInside");
        }
        if (words.length <= 4) {
            f.add("first=" + words[0]);
            f.add("last=" + words[words.length - 1]);
        }
    }

    /** The words before the mark: the word itself (a head noun is learnt, not listed), a cue, a colon, «إن/أن». */
    private static void before(List<String> f, List<Token> toks, int i) {
        Token prev = i > 0 ? toks.get(i - 1) : null;
        if (prev == null || prev.endsSentence()) {
            f.add("opensSentence");
        } else if (prev.isWord()) {
            f.add("w-1=" + ArabicText.stripClitic(prev.folded()));
            f.add(ArabicText.isDefinite(prev.folded()) ? "w-1definite" : "w-1bare");
            if (i > 1 && toks.get(i - 2).isWord()) {
                f.add("w-2=" + ArabicText.stripClitic(toks.get(i - 2).folded()));
            }
        } else {
            f.add("p-1=" + prev.folded());
        }
        boolean cueInSentence = false;
        for (int k = i - 1, d = 1; k >= 0 && d <= SENTENCE_REACH && !toks.get(k).endsSentence(); k--, d++) {
            Token t = toks.get(k);
            boolean cue = CueWords.lookupAt(toks, k) != null;
            if (d <= CUE_REACH) {
                if (cue) {
                    f.add("cue@" + (d == 1 ? "1" : d <= 3 ? "2-3" : "4-8"));
                }
                if (t.isWord() && isThat(t.folded())) {
                    f.add("that@" + (d <= 2 ? "1-2" : "3-8"));
                }
                if (t.isPunctuation(':')) {
                    f.add("colon@" + (d == 1 ? "1" : "2-8"));
                }
                if (t.kind() == Token.Kind.QUOTATION || t.kind() == Token.Kind.QUOTED_NAME) {
                    f.add("markedBefore");
                }
            }
            cueInSentence |= cue;
        }
        f.add(cueInSentence ? "cueInSentence" : "noCueInSentence");
    }

    private static boolean isThat(String folded) {
        String w = folded.startsWith("ب") || folded.startsWith("و") ? folded.substring(1) : folded;
        return w.equals("ان") || w.equals("انه") || w.equals("انها") || w.equals("انهم");
    }

    /** What follows the closing mark: punctuation, «و», a speech verb, another word (learnt), or nothing. */
    private static void after(List<String> f, List<Token> toks, int i) {
        if (i + 1 >= toks.size()) {
            f.add("n+1=end");
            return;
        }
        Token next = toks.get(i + 1);
        if (next.kind() == Token.Kind.PUNCTUATION) {
            f.add("n+1=" + next.folded());
            return;
        }
        if (!next.isWord()) {
            f.add("n+1=marked");
            return;
        }
        if (CueWords.lookupAt(toks, i + 1) != null) {
            f.add("n+1=cue");
        }
        if (next.folded().equals("و")) {
            f.add("n+1=wa");
        } else if (next.folded().startsWith("و")) {
            f.add("n+1=wa-word");
        }
        f.add("n+1word=" + ArabicText.stripClitic(next.folded()));
    }

    /** Share of the span the recogniser named, and the kind named. */
    private static void names(List<String> f, EntityIndex entities, int block, int from, int to) {
        int covered = 0;
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (Located l : entities.inBlock(block)) {
            if (l.mention().start() >= to) {
                break; // mentions are in text order
            }
            int s = Math.max(from, l.mention().start());
            int e = Math.min(to, l.mention().end());
            if (e > s) {
                covered += e - s;
                kinds.add(l.entity().type().name());
            }
        }
        double share = to > from ? (double) covered / (to - from) : 0;
        f.add("named=" + (share == 0 ? "0" : share < 0.5 ? "<.5" : share < 0.9 ? "<.9" : "all"));
        kinds.forEach(k -> f.add("namedKind=" + k));
    }
}
