package org.sahifa.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;

/** Loads the project's extraction fixtures from {@code src/test/resources/extract/}. */
final class Fixtures {
    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawDocument html(String name, String httpCharset) {
        return new RawDocument(name, "https://example.org/" + name, bytes(name), httpCharset, DocumentKind.HTML);
    }

    static Article extractHtml(String name) {
        return ArticleExtractor.extract(html(name, null));
    }

    static String allText(Article article) {
        StringBuilder sb = new StringBuilder();
        for (Block b : article.blocks()) {
            sb.append(b.text()).append('\n');
        }
        return sb.toString();
    }

    static Block firstOfType(Article article, BlockType type) {
        return article.blocks().stream()
                .filter(b -> b.type() == type)
                .findFirst()
                .orElse(null);
    }
}
