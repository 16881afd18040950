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
 * @param leadImage  the picture the article opens with, or null (only HTML pages have one)
 */
public record Article(
        String source,
        String title,
        String byline,
        String published,
        String site,
        String lang,
        TextDirection dir,
        List<Block> blocks,
        boolean readerable,
        LeadImage leadImage) {
    public Article {
        Objects.requireNonNull(dir, "dir");
        blocks = List.copyOf(blocks);
    }

    /** An article without a lead image. */
    public Article(
            String source,
            String title,
            String byline,
            String published,
            String site,
            String lang,
            TextDirection dir,
            List<Block> blocks,
            boolean readerable) {
        this(source, title, byline, published, site, lang, dir, blocks, readerable, null);
    }

    /** A copy with other blocks, keeping the metadata and the lead image. */
    public Article withBlocks(List<Block> newBlocks) {
        return new Article(source, title, byline, published, site, lang, dir, newBlocks, readerable, leadImage);
    }

    /** A copy with another lead image (null for none). */
    public Article withLeadImage(LeadImage image) {
        return new Article(source, title, byline, published, site, lang, dir, blocks, readerable, image);
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
