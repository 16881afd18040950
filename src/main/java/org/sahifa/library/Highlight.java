package org.sahifa.library;

import java.time.Instant;

/**
 * A passage the reader marked in a saved article, from ({@code block}, {@code start}) to ({@code endBlock},
 * {@code end}) in the article's blocks ({@code end} exclusive), with an optional note. {@code text} is cut from the
 * stored blocks when the highlight is read, so the article's text is kept once.
 */
public record Highlight(
        long id,
        long articleId,
        String source,
        String title,
        int block,
        int start,
        int endBlock,
        int end,
        String text,
        String note,
        Instant created) {}
