package org.sahifa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;

/** Reads a Markdown article: {@code #} headings (the first one is the title), quotes, list items, paragraphs; inline markup becomes plain text. */
public final class MarkdownExtractor {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?(.*)$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|`+|~~)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");

    private MarkdownExtractor() {
    }

    public static Article extract(String markdown, String source) {
        List<Block> blocks = new ArrayList<>();
        String title = null;
        StringBuilder paragraph = new StringBuilder();
        BlockType paragraphType = BlockType.PARAGRAPH;
        for (String line : markdown.replace("\r\n", "\n").split("\n")) {
            Matcher heading = HEADING.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            Matcher quote = QUOTE.matcher(line);
            if (line.isBlank() || RULE.matcher(line).matches()) {
                flush(blocks, paragraph, paragraphType);
            } else if (heading.matches()) {
                flush(blocks, paragraph, paragraphType);
                String text = inline(heading.group(1));
                if (title == null && blocks.isEmpty()) {
                    title = text;
                } else {
                    BlockFactory.add(blocks, BlockType.HEADING, text);
                }
            } else if (item.matches()) {
                flush(blocks, paragraph, paragraphType);
                BlockFactory.add(blocks, BlockType.LISTITEM, inline(item.group(1)));
            } else if (quote.matches()) {
                if (paragraphType != BlockType.BLOCKQUOTE) {
                    flush(blocks, paragraph, paragraphType);
                }
                paragraphType = BlockType.BLOCKQUOTE;
                paragraph.append(inline(quote.group(1))).append(' ');
            } else {
                if (paragraphType != BlockType.PARAGRAPH) {
                    flush(blocks, paragraph, paragraphType);
                }
                paragraphType = BlockType.PARAGRAPH;
                paragraph.append(inline(line)).append(' ');
            }
            if (line.isBlank() || heading.matches() || item.matches()) {
                paragraphType = BlockType.PARAGRAPH;
            }
        }
        flush(blocks, paragraph, paragraphType);
        return new Article(source, title, null, null, null, BlockFactory.languageOf(blocks),
                BlockFactory.directionOf(blocks), blocks, true);
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph, BlockType type) {
        BlockFactory.add(blocks, type, paragraph.toString());
        paragraph.setLength(0);
    }

    /** Inline markup to plain text: images dropped, links to their text, emphasis and code marks removed. */
    static String inline(String text) {
        String s = IMAGE.matcher(text).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        String previous;
        do {
            previous = s;
            s = EMPHASIS.matcher(s).replaceAll("$2");
        } while (!s.equals(previous));
        return s;
    }
}
