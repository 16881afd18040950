package org.sahifa.analysis;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;

/**
 * The article's blocks as the analysis sees them: a paragraph longer than {@link #MAX_SEGMENT_CHARS} is cut at
 * sentence ends into several segments, so that no step of the analysis works on an unbounded stretch of text (a
 * 20 MB file can be one paragraph). Results found in segments are mapped back to the article's blocks.
 */
final class AnalysisSegments {
    /** Longest segment; a news paragraph is a few hundred characters, a long one 2,000. */
    static final int MAX_SEGMENT_CHARS = 4_000;

    private static final String SENTENCE_ENDS = ".!?؟…\n";

    private final List<Block> blocks;
    private final List<Block> segments = new ArrayList<>();
    /** For each segment: the index of its block and where it starts in that block's text. */
    private final List<int[]> origins = new ArrayList<>();

    private AnalysisSegments(List<Block> blocks) {
        this.blocks = blocks;
    }

    static AnalysisSegments of(List<Block> blocks) {
        AnalysisSegments s = new AnalysisSegments(blocks);
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String text = block.text();
            int from = 0;
            do {
                int to = text.length() - from <= MAX_SEGMENT_CHARS
                        ? text.length()
                        : cutBefore(text, from + MAX_SEGMENT_CHARS, from);
                s.segments.add(
                        from == 0 && to == text.length()
                                ? block
                                : new Block(block.type(), text.substring(from, to), block.dir()));
                s.origins.add(new int[] {b, from});
                from = to;
            } while (from < text.length());
        }
        return s;
    }

    /**
     * Where to end a segment that may reach {@code limit}: after the last sentence end before it, else after the last
     * space, else at the limit itself (never between the two halves of a surrogate pair).
     */
    static int cutBefore(String text, int limit, int from) {
        int space = -1;
        for (int i = limit - 1; i > from; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (SENTENCE_ENDS.indexOf(text.charAt(i - 1)) >= 0 || c == '\n') {
                    return i + 1;
                }
                if (space < 0) {
                    space = i + 1;
                }
            }
        }
        if (space > from) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** True when no block was cut: the segments are the blocks themselves. */
    boolean uncut() {
        return segments.size() == blocks.size();
    }

    List<Block> segments() {
        return segments;
    }

    /** Entities found over the segments, their mentions placed in the article's blocks. */
    List<Entity> toBlocks(List<Entity> entities) {
        if (uncut()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Mention> mentions = new ArrayList<>(e.mentions().size());
            for (Mention m : e.mentions()) {
                int[] origin = origins.get(m.block());
                mentions.add(new Mention(origin[0], origin[1] + m.start(), origin[1] + m.end(), m.text()));
            }
            out.add(new Entity(e.type(), e.name(), mentions));
        }
        return out;
    }

    /** Quotations found over the segments, placed in the article's blocks. */
    List<Quote> quotesToBlocks(List<Quote> quotes) {
        if (uncut()) {
            return quotes;
        }
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            int[] first = origins.get(q.block());
            int[] last = origins.get(q.endBlock());
            int start = first[1] + q.start();
            int end = last[1] + q.end();
            // A quotation over two segments of one paragraph is again a stretch of that paragraph's text.
            String text = first[0] == last[0] ? blocks.get(first[0]).text().substring(start, end) : q.text();
            out.add(new Quote(text, q.speaker(), first[0], start, last[0], end));
        }
        return out;
    }
}
