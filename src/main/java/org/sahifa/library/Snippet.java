package org.sahifa.library;

import java.util.List;

/** A passage of an article with the spans that matched the query ({@code [start, end)} into {@link #text}). */
public record Snippet(String text, List<Span> highlights) {
    public record Span(int start, int end) {}

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** The passage with each match wrapped in {@code open} and {@code close}, e.g. {@code <b>…</b>}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Span span : highlights) {
            out.append(text, at, span.start())
                    .append(open)
                    .append(text, span.start(), span.end())
                    .append(close);
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
