package org.sahifa.model;

import java.util.Objects;

/**
 * A quotation: its text (without the marks), who said it (a canonical entity name, or null),
 * and where it is. A quotation over several paragraphs starts in {@code block} at {@code start}
 * and ends in {@code endBlock} at {@code end}; otherwise {@code endBlock == block} and
 * {@code text} equals {@code blocks[block].text.substring(start, end)}.
 */
public record Quote(String text, String speaker, int block, int start, int endBlock, int end) {
    public Quote {
        Objects.requireNonNull(text, "text");
        if (block < 0 || start < 0 || endBlock < block || (endBlock == block && end < start)) {
            throw new IllegalArgumentException(
                    "bad quote span: " + block + ":" + start + " to " + endBlock + ":" + end);
        }
    }

    /** A quotation inside one block. */
    public static Quote inBlock(String text, String speaker, int block, int start, int end) {
        return new Quote(text, speaker, block, start, block, end);
    }
}
