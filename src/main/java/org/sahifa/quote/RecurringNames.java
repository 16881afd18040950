package org.sahifa.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;

/**
 * Short quoted stretches that the article also writes without marks: «ببدء عملية "عاصفة الحزم"» and later «حملت
 * عاصفة الحزم لليمن». A phrase of two to {@value #MAX_WORDS} words that recurs word for word outside every mark in a
 * paragraph is a name or a term the article uses, not words someone said. Headings are not read (a headline
 * often repeats a quotation), and a stretch right after «:» or a speech verb stays a quotation (the caller checks).
 *
 * <p>Linear: only word runs that open with the first word of a candidate are joined and looked up.
 */
final class RecurringNames {
    /** Longest quoted stretch, in words, looked for. */
    static final int MAX_WORDS = 4;

    private final Set<String> unquoted = new HashSet<>();

    /**
     * @param tokens each block's tokens, quoted stretches as single tokens, so their words are not counted
     * @param candidates the quoted stretches to look for, as written
     */
    RecurringNames(List<Block> blocks, List<List<Token>> tokens, List<String> candidates) {
        Map<String, Integer> longestByFirst = new HashMap<>();
        for (String candidate : candidates) {
            String[] words = words(candidate);
            if (words.length >= 2 && words.length <= MAX_WORDS) {
                longestByFirst.merge(words[0], words.length, Math::max);
            }
        }
        if (longestByFirst.isEmpty()) {
            return;
        }
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).type() == BlockType.HEADING) {
                continue;
            }
            List<Token> toks = tokens.get(b);
            for (int i = 0; i < toks.size(); i++) {
                if (!toks.get(i).isWord()) {
                    continue;
                }
                String first = ArabicText.stripClitic(toks.get(i).folded());
                Integer longest = longestByFirst.get(first);
                if (longest == null) {
                    longest = longestByFirst.get(toks.get(i).folded());
                    first = toks.get(i).folded();
                }
                if (longest == null) {
                    continue;
                }
                StringBuilder run = new StringBuilder(first);
                for (int k = i + 1;
                        k < toks.size() && k < i + longest && toks.get(k).isWord();
                        k++) {
                    run.append(' ').append(toks.get(k).folded());
                    unquoted.add(run.toString());
                }
            }
        }
    }

    /** True when the quoted stretch, two words or more, is also written without marks in a paragraph. */
    boolean recurs(String quotedText) {
        String[] words = words(quotedText);
        return words.length >= 2 && words.length <= MAX_WORDS && unquoted.contains(String.join(" ", words));
    }

    private static String[] words(String text) {
        String folded = ArabicText.fold(text.strip());
        return folded.isEmpty() ? new String[0] : folded.split("\\s+");
    }
}
