package org.sahifa.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A short stretch the article once quotes as a name is that name wherever else it stands in marks: «برنامج "على
 * خطى العرب"» names the programme, so the headline «عثرات "على خطى العرب"» and «لم تكن البداية "على خطى العرب"
 * سهلة» are not quotations either; «اليخت "المحروسة"» after the headline «"المحروسة" كتاب …». A title, a vessel's
 * or a film's name is often repeated, and only one of its places has the head noun or the shape that tells it. Right
 * after a speech cue, or after «:» with a cue before it, the stretch stays a quotation («وقال: "…"»); after a colon
 * with none («رابط الخبر …: "…"») it is still the name.
 *
 * <p>Linear: one hash set of the folded names.
 */
final class NamedInMarks {
    /** Longest stretch, in words, carried from one place to another: longer ones are judged where they stand. */
    static final int MAX_WORDS = 4;

    private final Set<String> names = new HashSet<>();

    /**
     * @param texts  every quoted stretch of the article, as written
     * @param isName which of them were found to be names where they stand
     */
    NamedInMarks(List<String> texts, boolean[] isName) {
        for (int s = 0; s < texts.size(); s++) {
            String key = key(texts.get(s));
            if (isName[s] && key != null) {
                names.add(key);
            }
        }
    }

    /**
     * True when {@code quotedText} was found a name at another place of the article and the mark does not follow
     * «:» or a speech cue directly ({@code before}: the paragraph's tokens ending before the mark).
     */
    boolean isNamedElsewhere(String quotedText, List<Token> before) {
        String key = key(quotedText);
        return key != null && names.contains(key) && !saidHere(before);
    }

    /**
     * Right after a speech cue, or after «:» in a sentence with a cue before the colon («فقال: "…"»). A colon with no
     * cue before it introduces a link, a list or a headline repeated («رابط الخبر بصحيفة …: "…"»), not speech.
     */
    private static boolean saidHere(List<Token> before) {
        if (!ShortQuotedNames.rightAfterColonOrCue(before)) {
            return false;
        }
        List<Token> upToColon = before.subList(0, before.size() - 1);
        return !before.get(before.size() - 1).isPunctuation(':') || QuotedNameContext.cueEarlierInSentence(upToColon);
    }

    /** The folded words of a short stretch, or null for a longer one or one ending in punctuation. */
    private static String key(String text) {
        String folded = ArabicText.fold(text.strip());
        if (folded.isEmpty() || ".,،!?؟…".indexOf(folded.charAt(folded.length() - 1)) >= 0) {
            return null;
        }
        int words = ArabicText.wordCount(folded);
        return words <= MAX_WORDS ? String.join(" ", folded.split("\\s+")) : null;
    }
}
