package org.sahifa.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted stretches listed side by side, joined only by «و», «أو» or a comma («مثل «ويبستا» و«غرامفيد» و«إيكونو
 * سكوير»»), are things of one kind: when one of them is a name (by a head noun, the recogniser, its shape …), the
 * others are names too. A list of apps, songs, clubs or programmes often tells only one of its members. Speech is not
 * listed that way: a list whose members were all judged quotations stays so («"تسلية"، و"تهريج"، أو "ترفيه"»), and
 * a member right after «:» or a speech cue stays a quotation.
 *
 * <p>Linear: one pass over each paragraph's tokens.
 */
final class QuotedLists {
    /** Longest member, in words, that takes the name of its list: longer stretches are judged where they stand. */
    static final int MAX_WORDS = 4;

    private QuotedLists() {}

    /**
     * The spans that become names: members of a list one of whose members is a name already.
     *
     * @param tokens  each paragraph's tokens, quoted stretches as single tokens
     * @param isName  which spans are names so far
     * @param texts   every span's text
     * @param eligible which spans may become names (closed, one paragraph)
     */
    static List<Integer> namesByList(
            List<List<Token>> tokens, boolean[] isName, List<String> texts, boolean[] eligible) {
        List<Integer> found = new ArrayList<>();
        for (List<Token> toks : tokens) {
            List<Integer> members = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            int lastQuoted = -1;
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.span() < 0) {
                    continue;
                }
                if (lastQuoted < 0 || !onlyConnectorsBetween(toks, lastQuoted, i)) {
                    collect(members, positions, toks, isName, texts, eligible, found);
                    members.clear();
                    positions.clear();
                }
                members.add(t.span());
                positions.add(i);
                lastQuoted = i;
            }
            collect(members, positions, toks, isName, texts, eligible, found);
        }
        return found;
    }

    /** «"أ" و"ب"», «"أ"، "ب"», «"أ"، أو "ب"»: at most a comma and «و» or «أو» between two quoted stretches. */
    private static boolean onlyConnectorsBetween(List<Token> toks, int from, int to) {
        int between = to - from - 1;
        if (between < 1 || between > 2) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            Token t = toks.get(k);
            boolean connector = t.isPunctuation('،')
                    || t.isPunctuation(',')
                    || (t.isWord() && (t.folded().equals("و") || t.folded().equals("او")));
            if (!connector) {
                return false;
            }
        }
        return true;
    }

    private static void collect(
            List<Integer> members,
            List<Integer> positions,
            List<Token> toks,
            boolean[] isName,
            List<String> texts,
            boolean[] eligible,
            List<Integer> found) {
        if (members.size() < 2 || members.stream().noneMatch(s -> isName[s])) {
            return;
        }
        for (int m = 0; m < members.size(); m++) {
            int s = members.get(m);
            List<Token> before = toks.subList(0, positions.get(m));
            boolean said = m == 0
                    && (ShortQuotedNames.rightAfterColonOrCue(before) || QuotedNameFilter.afterPredicateThat(before));
            if (!isName[s] && eligible[s] && !said && isShortName(texts.get(s))) {
                found.add(s);
            }
        }
    }

    /** A few words, not ending in punctuation: «"…،"» or «"….»» is a sentence someone said. */
    private static boolean isShortName(String text) {
        String t = text.strip();
        int words = ArabicText.wordCount(t);
        return words >= 1 && words <= MAX_WORDS && ".,،!?؟…:".indexOf(t.charAt(t.length() - 1)) < 0;
    }
}
