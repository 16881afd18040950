package org.sahifa.library;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Snippets from Lucene's unified highlighter: passages of about a sentence, matches kept as spans. */
final class SnippetFormatter extends PassageFormatter {
    /** Passages are cut near this many characters. */
    static final int PASSAGE_CHARS = 160;

    static final int PASSAGES = 2;
    private static final String GAP = " … ";

    static UnifiedHighlighter.Builder configure(UnifiedHighlighter.Builder builder) {
        return builder.withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1); // a hit on the title alone still shows the opening
    }

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Span> spans = new ArrayList<>();
        for (Passage passage : passages) {
            if (!text.isEmpty()) {
                text.append(GAP);
            }
            int base = text.length() - passage.getStartOffset();
            text.append(content, passage.getStartOffset(), passage.getEndOffset());
            int lastEnd = -1;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], lastEnd);
                int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                if (end > start) {
                    if (!spans.isEmpty() && start == lastEnd) {
                        spans.set(
                                spans.size() - 1,
                                new Snippet.Span(spans.get(spans.size() - 1).start(), base + end));
                    } else {
                        spans.add(new Snippet.Span(base + start, base + end));
                    }
                    lastEnd = end;
                }
            }
        }
        String trimmed = text.toString().stripTrailing();
        return new Snippet(
                trimmed, spans.stream().filter(s -> s.end() <= trimmed.length()).toList());
    }
}
