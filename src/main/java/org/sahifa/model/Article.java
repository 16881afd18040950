package org.sahifa.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as the reader shows it: metadata (any of which may be null) and its blocks.
 *
 * @param source     the path or URL it was read from
 * @param published  ISO-8601 date or date-time, or null
 * @param lang       BCP-47 language tag such as {@code "ar"}, or null
 * @param readerable false when the page looked like a listing or home page rather than an article
 */
public record Article(String source, String title, String byline, String published, String site,
                      String lang, TextDirection dir, List<Block> blocks, boolean readerable) {
    public Article {
        Objects.requireNonNull(dir, "dir");
        blocks = List.copyOf(blocks);
    }

    /** A copy with other blocks, keeping the metadata. */
    public Article withBlocks(List<Block> newBlocks) {
        return new Article(source, title, byline, published, site, lang, dir, newBlocks, readerable);
    }

    /** Number of words over all blocks (whitespace-separated). */
    public int wordCount() {
        int count = 0;
        for (Block block : blocks) {
            for (String word : block.text().split("\\s+")) {
                if (!word.isEmpty()) {
                    count++;
                }
            }
        }
        return count;
    }
}
