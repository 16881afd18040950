package org.sahifa.ui.library;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sahifa.library.Original;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;

/** Articles the library views' tests save: built by hand, so no model is loaded. */
final class SavedArticles {
    private SavedArticles() {}

    /** An Arabic article of one paragraph from {@code site}, with no entities or quotations. */
    static Analysis article(String source, String title, String site, String text) {
        return new Analysis(
                new Article(
                        source,
                        title,
                        null,
                        null,
                        site,
                        "ar",
                        TextDirection.RTL,
                        List.of(new Block(BlockType.PARAGRAPH, text, TextDirection.RTL)),
                        true),
                List.of(),
                List.of());
    }

    /** The saved original's bytes: the views never read them. */
    static Original original() {
        return new Original("TEXT", "UTF-8", "x".getBytes(StandardCharsets.UTF_8));
    }
}
