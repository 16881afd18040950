package org.sahifa.model;

/** Where an entity is named: {@code text} equals {@code blocks[block].text.substring(start, end)}. */
public record Mention(int block, int start, int end, String text) {
    public Mention {
        if (block < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span: block " + block + " [" + start + ", " + end + ")");
        }
    }
}
