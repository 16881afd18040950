package org.sahifa.extract;

import java.util.regex.Pattern;

/**
 * Inline Markdown to plain text in linear time: images and HTML tags dropped, links to their text, autolinks to
 * their address, emphasis and code marks removed. Links, images, autolinks and tags are read by one scan, not by
 * patterns: a pattern such as {@code \[[^\]]*]\([^)]*\)} rescans to the end of the line from every {@code [} when
 * the closing mark is missing, which is quadratic (300 KB of {@code [} and {@code ](} ran for minutes).
 */
final class MarkdownInline {
    /**
     * Emphasis and code marks around at most {@link #MAX_EMPHASIS_CHARS} characters: bounded, so that one attempt
     * costs a bounded number of steps whatever the line.
     */
    private static final int MAX_EMPHASIS_CHARS = 400;

    private static final Pattern EMPHASIS =
            Pattern.compile("(\\*{1,3}|_{1,3}|`{1,3}|~~)(\\S(?:[^\\n]{0," + MAX_EMPHASIS_CHARS + "}?\\S)?)\\1");
    /**
     * Longest line whose emphasis marks are removed. The pattern costs up to {@link #MAX_EMPHASIS_CHARS} steps per
     * mark, so a line of many thousands of unclosed marks would cost seconds; real paragraphs are far shorter.
     */
    private static final int MAX_EMPHASIS_LINE = 20_000;
    /** Nested emphasis («***a***», «**_a_**») is removed one level a pass; deeper nesting is left as it is. */
    private static final int MAX_EMPHASIS_PASSES = 4;

    private MarkdownInline() {}

    static String toPlainText(String text) {
        String s = links(text, true);
        s = links(s, false);
        s = tagsAndAutolinks(s);
        if (s.length() > MAX_EMPHASIS_LINE) {
            return s; // a hostile line: its marks stay, the cost stays bounded
        }
        for (int pass = 0; pass < MAX_EMPHASIS_PASSES; pass++) {
            String previous = s;
            s = EMPHASIS.matcher(s).replaceAll("$2");
            if (s.equals(previous)) {
                break;
            }
        }
        return s;
    }

    /**
     * With {@code images}, drops {@code ![alt](address)}; without, replaces {@code [text](address)} and
     * {@code [text][label]} by their text. As the patterns did, a link's text runs to the first {@code ]}.
     */
    private static String links(String s, boolean images) {
        StringBuilder out = new StringBuilder(s.length());
        // One finder per question, so that each is asked from positions that never decrease.
        NextIndex textEnds = new NextIndex(s, ']');
        NextIndex labelEnds = new NextIndex(s, ']');
        NextIndex addressEnds = new NextIndex(s, ')');
        int i = 0;
        while (i < s.length()) {
            int open = images ? (s.startsWith("![", i) ? i + 1 : -1) : (s.charAt(i) == '[' ? i : -1);
            int textEnd = open < 0 ? -1 : textEnds.from(open + 1);
            if (textEnd >= 0 && textEnd + 1 < s.length()) {
                char after = s.charAt(textEnd + 1);
                int end = after == '('
                        ? addressEnds.from(textEnd + 2)
                        : after == '[' && !images ? labelEnds.from(textEnd + 2) : -1;
                if (end >= 0) {
                    if (!images) {
                        out.append(s, open + 1, textEnd);
                    }
                    i = end + 1;
                    continue;
                }
            }
            out.append(s.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** Replaces {@code <http://…>} by the address and drops HTML tags ({@code <b>}, {@code </span>}). */
    private static String tagsAndAutolinks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        NextIndex close = new NextIndex(s, '>');
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '<') {
                int end = close.from(i + 1);
                int scheme = s.startsWith("http://", i + 1) ? 7 : s.startsWith("https://", i + 1) ? 8 : 0;
                if (scheme > 0 && end > i + 1 + scheme) {
                    out.append(s, i + 1, end);
                    i = end + 1;
                    continue;
                }
                int name = i + 1 < s.length() && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
                if (end > name && isAsciiLetter(s.charAt(name))) {
                    i = end + 1;
                    continue;
                }
            }
            out.append(s.charAt(i));
            i++;
        }
        return out.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The next index of one character at or after a position, asked with positions that never decrease: the answer
     * is remembered until passed, so each character of the text is looked at once.
     */
    private static final class NextIndex {
        private final String s;
        private final char c;
        private int found = -2; // -2: not searched yet; -1: none left

        NextIndex(String s, char c) {
            this.s = s;
            this.c = c;
        }

        int from(int position) {
            if (found == -1 || found >= position) {
                return found;
            }
            found = s.indexOf(c, position);
            return found;
        }
    }
}
