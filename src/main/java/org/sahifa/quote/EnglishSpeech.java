package org.sahifa.quote;

import java.util.List;
import java.util.Set;
import org.sahifa.lexicon.Lexicon;

/**
 * Speakers of quotations in English sentences inside an Arabic article: «“…,” Moreau wrote»،
 * «“…,” said Jean Dupont», «Moreau said: “…”». A name here is a run of capitalised Latin words.
 */
final class EnglishSpeech {
    private static final Set<String> SPEECH_VERBS = Lexicon.words("english-speech-verbs");
    /** Longest name read: «Jean-Luc Moreau» is three words and a hyphen. */
    private static final int MAX_NAME_TOKENS = 6;

    private EnglishSpeech() {}

    /** «“…,” Moreau wrote» or «“…,” said Moreau»: the name at token {@code i}, the first word after the quotation. */
    static Speaker afterQuotation(PhraseReader reader, int b, List<Token> toks, int i, int end) {
        if (isSpeechVerb(toks.get(i))) {
            int nameEnd = nameEnd(toks, i + 1, end);
            return nameEnd > i + 1 ? named(reader, b, toks, i + 1, nameEnd) : null;
        }
        int nameEnd = nameEnd(toks, i, end);
        if (nameEnd > i && nameEnd < end && isSpeechVerb(toks.get(nameEnd))) {
            return named(reader, b, toks, i, nameEnd);
        }
        return null;
    }

    /** «Moreau said: “…”» or «Moreau told reporters “…”»: a name and an English speech verb before token {@code q}. */
    static Speaker beforeQuotation(PhraseReader reader, int b, List<Token> toks, int start, int q) {
        for (int v = q - 1; v > start; v--) {
            if (!isSpeechVerb(toks.get(v))) {
                continue;
            }
            int nameStart = v;
            while (nameStart > start && v - nameStart < MAX_NAME_TOKENS && isNamePart(toks.get(nameStart - 1))) {
                nameStart--;
            }
            while (nameStart < v && !isCapitalised(toks.get(nameStart))) {
                nameStart++;
            }
            return nameStart < v ? named(reader, b, toks, nameStart, v) : null;
        }
        return null;
    }

    private static Speaker named(PhraseReader reader, int b, List<Token> toks, int from, int to) {
        return new Speaker(
                reader.nameOf(b, toks.get(from).start(), toks.get(to - 1).end()), Gender.UNKNOWN);
    }

    /** The end of the run of name tokens starting at {@code from}: capitalised words joined by hyphens. */
    private static int nameEnd(List<Token> toks, int from, int end) {
        int k = from;
        while (k < end
                && k - from < MAX_NAME_TOKENS
                && isNamePart(toks.get(k))
                && (isCapitalised(toks.get(k)) || (k > from && k + 1 < end && isCapitalised(toks.get(k + 1))))) {
            k++;
        }
        while (k > from && !isCapitalised(toks.get(k - 1))) {
            k--;
        }
        return k;
    }

    private static boolean isNamePart(Token t) {
        return isCapitalised(t) || t.isPunctuation('-');
    }

    private static boolean isCapitalised(Token t) {
        String w = t.folded();
        return t.isWord() && w.length() > 1 && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z';
    }

    private static boolean isSpeechVerb(Token t) {
        return t.isWord() && SPEECH_VERBS.contains(t.folded().toLowerCase(java.util.Locale.ROOT));
    }
}
