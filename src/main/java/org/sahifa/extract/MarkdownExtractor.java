package org.sahifa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Interruption;

/**
 * Reads a Markdown article into plain blocks: ATX ({@code #}) and setext ({@code ===}/{@code ---})
 * headings, the first of which is the title when it opens the text; block quotes; list items;
 * paragraphs, of which a short one ending with a source in parentheses is a caption
 * ({@link PlainTextExtractor#isCaption}). Inline markup (emphasis, code, links, images, HTML tags)
 * becomes plain text; fenced and indented code, link reference definitions and trailing
 * share/comment lines ({@link PlainTextExtractor#isBoilerplate}) are dropped.
 */
public final class MarkdownExtractor {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s++(.*+)$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=++|-++)\\s*+$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*+(?:[-*+]|\\d++[.)])\\s++(.*+)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*+>\\s?+(.*+)$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern INDENTED_CODE = Pattern.compile("^(?: {4}|\\t)");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]++]:\\s*+\\S.*+$");

    /** Blocks as read, before the title is taken and trailing boilerplate dropped. */
    private record Raw(BlockType type, String text) {}

    private MarkdownExtractor() {}

    public static Article extract(String markdown, String source) {
        List<Raw> raws = readBlocks(markdown);
        while (!raws.isEmpty()
                && PlainTextExtractor.isBoilerplate(raws.get(raws.size() - 1).text())) {
            raws.remove(raws.size() - 1);
        }
        String title = null;
        if (!raws.isEmpty() && raws.get(0).type() == BlockType.HEADING) {
            title = raws.remove(0).text();
        }
        List<Block> blocks = new ArrayList<>();
        for (Raw raw : raws) {
            BlockType type = raw.type() == BlockType.PARAGRAPH && PlainTextExtractor.isCaption(raw.text())
                    ? BlockType.CAPTION
                    : raw.type();
            BlockFactory.add(blocks, type, raw.text());
        }
        return BlockFactory.withoutMetadata(
                source, title == null ? null : org.sahifa.text.TextCleaner.clean(title), blocks);
    }

    private static List<Raw> readBlocks(String markdown) {
        List<Raw> raws = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        BlockType paragraphType = BlockType.PARAGRAPH;
        boolean inFence = false;
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            Interruption.check();
            if (FENCE.matcher(line).find()) {
                flush(raws, paragraph, paragraphType);
                inFence = !inFence;
                continue;
            }
            if (inFence
                    || LINK_DEFINITION.matcher(line).matches()
                    || paragraph.length() == 0 && INDENTED_CODE.matcher(line).find() && !line.isBlank()) {
                continue;
            }
            Matcher setext = SETEXT_UNDERLINE.matcher(line);
            if (setext.matches() && paragraph.length() > 0 && paragraphType == BlockType.PARAGRAPH) {
                raws.add(new Raw(BlockType.HEADING, paragraph.toString().strip()));
                paragraph.setLength(0);
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            Matcher quote = QUOTE.matcher(line);
            if (line.isBlank() || isRule(line)) {
                flush(raws, paragraph, paragraphType);
                paragraphType = BlockType.PARAGRAPH;
            } else if (heading.matches()) {
                flush(raws, paragraph, paragraphType);
                raws.add(new Raw(BlockType.HEADING, inline(headingText(heading.group(1)))));
                paragraphType = BlockType.PARAGRAPH;
            } else if (item.matches()) {
                flush(raws, paragraph, paragraphType);
                raws.add(new Raw(BlockType.LISTITEM, inline(item.group(1))));
                paragraphType = BlockType.PARAGRAPH;
            } else if (quote.matches()) {
                if (paragraphType != BlockType.BLOCKQUOTE) {
                    flush(raws, paragraph, paragraphType);
                }
                paragraphType = BlockType.BLOCKQUOTE;
                paragraph.append(inline(quote.group(1))).append(' ');
            } else {
                paragraph.append(inline(line)).append(' ');
            }
        }
        flush(raws, paragraph, paragraphType);
        return raws;
    }

    private static void flush(List<Raw> raws, StringBuilder paragraph, BlockType type) {
        if (!paragraph.toString().isBlank()) {
            raws.add(new Raw(type, paragraph.toString().strip()));
        }
        paragraph.setLength(0);
    }

    /** Inline markup to plain text (see {@link MarkdownInline}). */
    static String inline(String text) {
        return MarkdownInline.toPlainText(text);
    }

    /** A thematic break: three or more of one of {@code - * _}, with only spaces or tabs between (a scan, not a pattern). */
    static boolean isRule(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i == line.length() || "-*_".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        char mark = line.charAt(i);
        int marks = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    /** A heading's text without its closing {@code #} marks and spaces. */
    private static String headingText(String content) {
        String s = content.stripTrailing();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '#') {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
