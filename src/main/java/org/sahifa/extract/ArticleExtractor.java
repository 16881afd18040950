package org.sahifa.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;

/** Turns a loaded document into an {@link Article}, choosing the extractor by the document's kind. */
public final class ArticleExtractor {
    private ArticleExtractor() {}

    public static Article extract(RawDocument doc) {
        return switch (doc.kind()) {
            case HTML -> HtmlExtractor.extract(parseHtml(doc), doc.source());
            case MARKDOWN -> MarkdownExtractor.extract(TextDecoder.decode(doc), doc.source());
            case TEXT -> PlainTextExtractor.extract(TextDecoder.decode(doc), doc.source());
        };
    }

    /** Parses HTML bytes, decoded with the charset {@link CharsetSniffer} decides (BOM, HTTP header, meta, detection). */
    public static Document parseHtml(RawDocument doc) {
        String html = CharsetSniffer.decode(doc.bytes(), doc.declaredCharset(), true);
        return Jsoup.parse(html, doc.baseUri() == null ? "" : doc.baseUri());
    }
}
