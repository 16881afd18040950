package org.sahifa.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;

/** Turns a loaded document into an {@link Article}, choosing the extractor by the document's kind. */
public final class ArticleExtractor {
    private ArticleExtractor() {
    }

    public static Article extract(RawDocument doc) {
        return switch (doc.kind()) {
            case HTML -> HtmlExtractor.extract(parseHtml(doc), doc.source());
            case MARKDOWN -> MarkdownExtractor.extract(TextDecoder.decode(doc), doc.source());
            case TEXT -> PlainTextExtractor.extract(TextDecoder.decode(doc), doc.source());
        };
    }

    /** Parses HTML bytes; Jsoup reads the BOM and {@code <meta charset>} itself when no charset is declared. */
    static Document parseHtml(RawDocument doc) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(doc.bytes()), doc.declaredCharset(), doc.baseUri() == null ? "" : doc.baseUri());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
    }
}
