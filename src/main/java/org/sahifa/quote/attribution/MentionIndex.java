package org.sahifa.quote.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sahifa.model.Entity;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;

/**
 * One entity's mentions in article order, so that a quotation finds the ones near it by binary search: a paragraph
 * dense with quotations and mentions stays linear-logarithmic, not quadratic.
 */
final class MentionIndex {
    /** Mentions taken on each side of a quotation: the nearest ones, which are all an article usually has. */
    static final int NEAREST = 4;

    private final Mention[] mentions;
    private final long[] positions;

    MentionIndex(Entity e) {
        mentions = e.mentions().toArray(new Mention[0]);
        Arrays.sort(mentions, Comparator.comparingLong(m -> position(m.block(), m.start())));
        positions = new long[mentions.length];
        for (int i = 0; i < mentions.length; i++) {
            positions[i] = position(mentions[i].block(), mentions[i].start());
        }
    }

    static long position(int block, int offset) {
        return ((long) block << 32) | offset;
    }

    int size() {
        return mentions.length;
    }

    /** Mentions that start before the quotation's text. */
    int before(Quote q) {
        return lowerBound(position(q.block(), q.start()));
    }

    /**
     * The nearest {@value #NEAREST} mentions before the quotation (in its paragraph or the one before) and after it
     * (in its last paragraph).
     */
    List<Mention> near(Quote q) {
        List<Mention> out = new ArrayList<>();
        int from = lowerBound(position(q.block(), q.start()));
        for (int i = from - 1; i >= 0 && i >= from - NEAREST && mentions[i].block() >= q.block() - 1; i--) {
            out.add(mentions[i]);
        }
        int after = lowerBound(position(q.endBlock(), q.end()));
        for (int i = after; i < mentions.length && i < after + NEAREST && mentions[i].block() == q.endBlock(); i++) {
            out.add(mentions[i]);
        }
        return out;
    }

    private int lowerBound(long pos) {
        int lo = 0;
        int hi = positions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
