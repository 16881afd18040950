package org.sahifa.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;

/**
 * The article as CommonMark: {@code #} title, the header line in italics, the source as an autolink,
 * headings as {@code ##}, block quotes as {@code >}, list items as {@code -}, captions in italics.
 * Markdown has no way to say a paragraph's direction; renderers that set {@code dir="auto"} get it right.
 */
final class MarkdownArticle {
    /** ASCII punctuation that means something somewhere in a line of CommonMark or GitHub Markdown. */
    private static final Pattern INLINE_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>&~]");
    /** What would start a list, heading, thematic break or setext underline at the start of a block. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d+)([.)])|^([-+=#])");

    private MarkdownArticle() {}

    static String render(Article article) {
        StringBuilder out = new StringBuilder();
        if (ArticleWriter.hasTitle(article)) {
            out.append("# ").append(escape(article.title())).append("\n\n");
        }
        List<String> meta = ArticleWriter.metaParts(article);
        if (!meta.isEmpty()) {
            out.append('*')
                    .append(escape(String.join(ArticleWriter.META_SEPARATOR, meta)))
                    .append("*\n\n");
        }
        String source = ArticleWriter.sourceAddress(article);
        if (source != null) {
            out.append('<')
                    .append(source.replace(">", "%3E").replace(" ", "%20"))
                    .append(">\n\n");
        }
        Block previous = null;
        for (Block block : article.blocks()) {
            String text = escape(block.text());
            boolean listContinues =
                    previous != null && previous.type() == block.type() && block.type() == BlockType.LISTITEM;
            if (previous != null && !listContinues) {
                out.append('\n');
            }
            switch (block.type()) {
                case HEADING -> out.append("## ").append(text).append('\n');
                case PARAGRAPH -> out.append(text).append('\n');
                case BLOCKQUOTE -> out.append("> ").append(text).append('\n');
                case LISTITEM -> out.append("- ").append(text).append('\n');
                case CAPTION -> out.append('*').append(text).append("*\n");
            }
            previous = block;
        }
        return out.toString();
    }

    /** Backslash-escapes what Markdown would read as markup, so the text comes out as written. */
    static String escape(String text) {
        String inline = INLINE_SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        Matcher start = BLOCK_START.matcher(inline);
        if (start.find()) {
            inline = start.group(1) != null
                    ? start.group(1) + "\\" + start.group(2) + inline.substring(start.end())
                    : "\\" + inline;
        }
        return inline;
    }
}
