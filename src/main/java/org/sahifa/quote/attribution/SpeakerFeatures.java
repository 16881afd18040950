package org.sahifa.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.quote.SpeechWords;
import org.sahifa.quote.SpeechWords.VerbGender;

/**
 * What the text says about one candidate of one quotation, as string features for a log-linear model. Each feature
 * is one small function below; docs/speaker-model.md lists them.
 */
final class SpeakerFeatures {
    /** How many words back (or on) from a mention a speech verb still governs it: «قال وزير الخارجية فلان». */
    static final int VERB_REACH = 3;

    private SpeakerFeatures() {}

    static List<String> of(QuoteView view, Pool c) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("kind=" + c.kind);
        rules(c, f);
        previous(c, f);
        Place near = c.nearest();
        if (near == null) {
            f.add("noPlace");
        } else {
            nearest(near, f);
            f.add("inQuote=" + inOtherQuotation(view, near));
            cueBetween(view, near, f);
        }
        verbs(view, c, f);
        nearestBefore(view, c, f);
        gender(view, c, f);
        counts(c, f);
        shape(c, f);
        return f;
    }

    /** The rules' answer, and of which kind. */
    static void rules(Pool c, List<String> f) {
        if (c.fromRules) {
            f.add("rules");
            f.add("rules&kind=" + c.kind);
        }
    }

    /** The speaker of the quotation before (a «وأضاف» continues it). */
    static void previous(Pool c, List<String> f) {
        if (c.previousSpeaker) {
            f.add("prev");
            f.add("prev&rules=" + c.fromRules);
        }
    }

    /** Where the nearest mention stands, and how many words away. */
    static void nearest(Place p, List<String> f) {
        String dist = bucket(p.words());
        f.add("rel=" + p.relation());
        f.add("dist=" + dist);
        f.add("rel=" + p.relation() + "&dist=" + dist);
    }

    /** 0, 1, 2, 3-4, 5-8, 9-16, 17+: word counts on a rough log scale. */
    static String bucket(int n) {
        if (n <= 2) {
            return Integer.toString(n);
        }
        return n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 16 ? "9-16" : "17+";
    }

    /** The mention is inside another quotation. */
    static boolean inOtherQuotation(QuoteView view, Place p) {
        return view.text().tokens(p.block()).get(p.first()).quote() >= 0;
    }

    /** Between a mention before the quotation and its opening mark: a colon, «إن»/«أن», another speech cue. */
    static void cueBetween(QuoteView view, Place p, List<String> f) {
        if (!p.before() || p.block() != view.quote().block()) {
            return;
        }
        List<ArticleText.Tok> toks = view.text().tokens(p.block());
        int open = Places.firstTokenOf(view.text(), p.block(), view.q());
        boolean colon = false;
        boolean an = false;
        boolean cue = false;
        for (int i = Math.max(p.last() + 1, open - QuoteView.REACH); i < open; i++) {
            ArticleText.Tok t = toks.get(i);
            colon |= t.text().equals(":");
            an |= t.word() && isAn(t.text());
            cue |= t.word() && t.quote() < 0 && SpeechWords.isCue(t.text());
        }
        f.add("colonBetween=" + colon);
        f.add("anBetween=" + an);
        f.add("cueBetween=" + cue + "&rel=" + p.relation());
    }

    /** «إن», «أن», «بأن», «وأن»: what a speech verb's reported clause opens with. */
    static boolean isAn(String word) {
        String w = SpeechWords.fold(word);
        return w.equals("ان") || w.equals("بان") || w.equals("وان") || w.equals("انه") || w.equals("انها");
    }

    /**
     * A speech verb right before a mention (its subject: «قال فلان», or up to {@value #VERB_REACH} words of role
     * between) or right after it («فلان قال», «فلان:»), in the mention's own sentence; over all mentions in the window.
     */
    static void verbs(QuoteView view, Pool c, List<String> f) {
        for (Place p : c.places) {
            List<ArticleText.Tok> toks = view.text().tokens(p.block());
            int before = verbDistanceBefore(toks, p.first());
            if (before >= 0) {
                f.add("verbBefore=" + (before == 0 ? "0" : "1-3") + "&rel=" + p.relation());
            }
            int after = p.last() + 1;
            if (after < toks.size() && toks.get(after).quote() < 0) {
                ArticleText.Tok next = toks.get(after);
                if (next.text().equals(":")) {
                    f.add("colonAfter&rel=" + p.relation());
                } else if (next.word() && SpeechWords.speechVerb(next.text()) != VerbGender.NONE) {
                    f.add("verbAfter&rel=" + p.relation());
                }
            }
        }
    }

    /** Words between a speech verb and token {@code first} in its sentence (0 = right before), or -1. */
    static int verbDistanceBefore(List<ArticleText.Tok> toks, int first) {
        int words = 0;
        for (int i = first - 1; i >= 0 && words <= VERB_REACH; i--) {
            ArticleText.Tok t = toks.get(i);
            if (t.quote() >= 0 || !t.word() || t.sentence() != toks.get(first).sentence()) {
                return -1;
            }
            if (SpeechWords.speechVerb(t.text()) != VerbGender.NONE) {
                return words;
            }
            words++;
        }
        return -1;
    }

    /** The candidate named last before the quotation, and the person named last. */
    static void nearestBefore(QuoteView view, Pool c, List<String> f) {
        if (c.key.equals(view.nearestBefore())) {
            f.add("nearestBefore");
        }
        if (c.key.equals(view.lastPerson())) {
            f.add("lastPerson");
        }
    }

    /** The speech verb's gender against the candidate's guessed one. */
    static void gender(QuoteView view, Pool c, List<String> f) {
        f.add("gender=" + view.lead() + "&" + guessGender(c) + "&" + c.kind);
    }

    /**
     * F when the name's first word ends in «ة» (a woman's name, «وزارة», «منظمة»), else M; a one-word plural is not
     * told apart.
     */
    static String guessGender(Pool c) {
        String first = c.name.strip().split("\\s+")[0];
        return first.endsWith("ة") ? "F" : "M";
    }

    /** How often the article names the candidate before the quotation and in all. */
    static void counts(Pool c, List<String> f) {
        f.add("soFar=" + bucket(c.mentionsBefore));
        f.add("all=" + bucket(c.mentionsAll));
    }

    /** The name's first word: a role head, a noun of saying, a body, an unnamed source, a particle; its length. */
    static void shape(Pool c, List<String> f) {
        String[] words = c.name.strip().split("\\s+");
        String first = words[0];
        f.add("words=" + Math.min(words.length, 4));
        if (SpeechWords.isRole(first)) {
            f.add("head=role");
        }
        if (SpeechWords.isSayingNoun(first)) {
            f.add("head=saying");
        }
        if (SpeechWords.isBody(first)) {
            f.add("head=body");
        }
        if (SpeechWords.isUnnamedSource(first)) {
            f.add("head=source");
        }
        if (SpeechWords.isFunctionWord(first)) {
            f.add("head=particle");
        }
    }
}
