package org.sahifa.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sahifa.model.Article;

/**
 * Writes the clean article (header and blocks, no page furniture) as HTML, Markdown or plain text, in UTF-8.
 * The header holds the title, then byline, site and date on one line, then the source address.
 */
public final class ArticleWriter {
    /** Separates byline, site and date in the header line. */
    static final String META_SEPARATOR = " · ";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private ArticleWriter() {}

    /** The article as a document in {@code format}. */
    public static String render(Article article, ExportFormat format) {
        return switch (format) {
            case HTML -> HtmlArticle.render(article);
            case MARKDOWN -> MarkdownArticle.render(article);
            case TEXT -> PlainTextArticle.render(article);
        };
    }

    /**
     * Writes the article to {@code file} in UTF-8. The text goes to a temporary file beside it first,
     * so a failed write leaves an existing file as it was.
     */
    public static void write(Article article, ExportFormat format, Path file) throws IOException {
        TextFiles.writeAtomically(file, render(article, format));
    }

    /** Byline, site and date (the date part of an ISO date-time), those present, in that order. */
    static List<String> metaParts(Article article) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, article.byline());
        addIfPresent(parts, article.site());
        addIfPresent(parts, displayDate(article.published()));
        return parts;
    }

    /** The source when it is a web address (a local path is not worth keeping in a shared file). */
    static String sourceAddress(Article article) {
        String source = article.source();
        return source != null && (source.startsWith("http://") || source.startsWith("https://")) ? source : null;
    }

    static String displayDate(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        return ISO_DATE.matcher(published).matches() ? published.substring(0, 10) : published;
    }

    static boolean hasTitle(Article article) {
        return article.title() != null && !article.title().isBlank();
    }

    private static void addIfPresent(List<String> parts, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(value.strip());
        }
    }
}
