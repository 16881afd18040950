package org.sahifa.export;

import java.util.List;
import org.sahifa.model.Article;
import org.sahifa.model.Block;

/**
 * The article as plain text: title, header line and source, then one block per paragraph with a blank
 * line between; list items start with a bullet, block quotes are indented.
 */
final class PlainTextArticle {
    static final String BULLET = "• ";
    static final String QUOTE_INDENT = "    ";

    private PlainTextArticle() {}

    static String render(Article article) {
        StringBuilder out = new StringBuilder();
        if (ArticleWriter.hasTitle(article)) {
            out.append(article.title()).append('\n');
        }
        List<String> meta = ArticleWriter.metaParts(article);
        if (!meta.isEmpty()) {
            out.append(String.join(ArticleWriter.META_SEPARATOR, meta)).append('\n');
        }
        String source = ArticleWriter.sourceAddress(article);
        if (source != null) {
            out.append(source).append('\n');
        }
        for (Block block : article.blocks()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            switch (block.type()) {
                case LISTITEM -> out.append(BULLET);
                case BLOCKQUOTE -> out.append(QUOTE_INDENT);
                default -> {}
            }
            out.append(block.text()).append('\n');
        }
        return out.toString();
    }
}
