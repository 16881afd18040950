package org.sahifa.model;

import java.util.Objects;

/**
 * One block of an article: a heading, paragraph, caption, block quote or list item.
 * Offsets of mentions and quotes are {@code String} indices into {@link #text()}.
 */
public record Block(BlockType type, String text, TextDirection dir) {
    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dir, "dir");
    }
}
