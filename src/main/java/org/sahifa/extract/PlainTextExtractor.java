package org.sahifa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Interruption;
import org.sahifa.text.TextCleaner;

/**
 * Gives structure to a plain-text article as a reader would save it: an optional title line,
 * paragraphs, sub-headings, photo captions, and no trailing share/comment/mobile-version lines.
 *
 * <p>Steps, in order: {@link #splitParagraphs}, {@link #dropTrailingBoilerplate}, {@link #takeTitle},
 * {@link #typeBlocks}.
 */
public final class PlainTextExtractor {
    /** A heading is a short line; longer ones are paragraphs. */
    static final int MAX_HEADING_WORDS = 8;

    static final int MAX_TITLE_WORDS = 18;
    static final int MAX_CAPTION_WORDS = 25;
    /** Ends a sentence, so the line is not a heading. */
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.:;,!?؟،؛…»”\"')\\]]$");
    /**
     * A caption ends with its source in parentheses: «... (رويترز)». Possessive: a word is never split between
     * repetitions, which made «(» and a long word cost the cube of its length.
     */
    private static final Pattern CAPTION_SOURCE = Pattern.compile("\\((?:[^()\\s]++\\s?+){1,4}+\\)\\.?$");
    /** Lines that pages append after the article: share and comment prompts, mobile-version links, tags. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(?:شارك(?:ها|ه|وا)?|مشاركة|share(?: this)?(?: article)?|اترك تعليقا(?:ً)?|أضف تعليقا(?:ً)?|اكتب تعليقا(?:ً)?"
                    + "|التعليقات|leave a (?:comment|reply)|comments?|exit mobile version|النسخة الكاملة|عرض النسخة الكاملة"
                    + "|النسخة المحمولة|اقرأ أيضا(?:ً)?|(?:ال)?وسوم|tags|print|طباعة|facebook|twitter|whatsapp|telegram"
                    + "|فيسبوك|تويتر|واتساب|تلغرام)[\\s.:!…]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PlainTextExtractor() {}

    public static Article extract(String text, String source) {
        List<String> paragraphs = splitParagraphs(text);
        dropTrailingBoilerplate(paragraphs);
        String title = takeTitle(paragraphs);
        List<Block> blocks = typeBlocks(paragraphs);
        return BlockFactory.withoutMetadata(source, title, blocks);
    }

    /**
     * One paragraph per line, except in hard-wrapped text (most lines of a group of 60–100
     * characters without closing punctuation), where the lines of a blank-separated group are joined.
     */
    static List<String> splitParagraphs(String text) {
        String[] groups = text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n");
        List<String> out = new ArrayList<>();
        boolean hardWrapped = looksHardWrapped(text);
        for (String group : groups) {
            Interruption.check();
            if (hardWrapped) {
                addIfNotBlank(out, group.replace('\n', ' '));
            } else {
                for (String line : group.split("\n")) {
                    addIfNotBlank(out, line);
                }
            }
        }
        return out;
    }

    private static boolean looksHardWrapped(String text) {
        int lines = 0;
        int wrapped = 0;
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            lines++;
            if (t.length() >= 60
                    && t.length() <= 100
                    && !CLOSING_PUNCTUATION.matcher(t).find()) {
                wrapped++;
            }
        }
        return lines >= 6 && wrapped * 2 > lines;
    }

    private static void addIfNotBlank(List<String> out, String line) {
        String cleaned = TextCleaner.clean(line);
        if (!cleaned.isEmpty()) {
            out.add(cleaned);
        }
    }

    static boolean isBoilerplate(String line) {
        return BOILERPLATE.matcher(line.strip()).matches();
    }

    /** Removes share, comment and mobile-version lines from the end. */
    static void dropTrailingBoilerplate(List<String> paragraphs) {
        while (!paragraphs.isEmpty() && isBoilerplate(paragraphs.get(paragraphs.size() - 1))) {
            paragraphs.remove(paragraphs.size() - 1);
        }
    }

    /** Takes the first line as the title when it reads like one: short, no closing full stop, more text after it. */
    static String takeTitle(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        String first = paragraphs.get(0);
        if (wordCount(first) <= MAX_TITLE_WORDS
                && !first.endsWith(".")
                && !first.endsWith("،")
                && !first.endsWith(":")
                && !CAPTION_SOURCE.matcher(first).find()) {
            paragraphs.remove(0);
            return first;
        }
        return null;
    }

    static List<Block> typeBlocks(List<String> paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            BlockType type = BlockType.PARAGRAPH;
            if (isCaption(p)) {
                type = BlockType.CAPTION;
            } else if (i > 0 && i < paragraphs.size() - 1 && isHeading(p)) {
                type = BlockType.HEADING;
            }
            BlockFactory.add(blocks, type, p);
        }
        return blocks;
    }

    static boolean isHeading(String line) {
        return wordCount(line) <= MAX_HEADING_WORDS
                && !CLOSING_PUNCTUATION.matcher(line).find();
    }

    static boolean isCaption(String line) {
        return wordCount(line) <= MAX_CAPTION_WORDS
                && CAPTION_SOURCE.matcher(line).find();
    }

    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
