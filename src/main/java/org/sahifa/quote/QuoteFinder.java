package org.sahifa.quote;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/**
 * Finds the quotations of an article.
 *
 * <p>{@link SpanFinder} pairs quotation marks of every style into outermost spans (nested
 * quotations inside, several paragraphs joined, unbalanced marks contained).
 *
 * <p>Holds no state between calls: one instance may serve many threads.
 */
public final class QuoteFinder {

    /** Quotations of {@code blocks}, in article order. */
    public List<Quote> find(List<Block> blocks, List<Entity> entities) {
        List<Quote> quotes = new ArrayList<>();
        for (QuoteSpan span : SpanFinder.find(blocks)) {
            quotes.add(new Quote(span.text(blocks), null, span.block(), span.start(), span.endBlock(), span.end()));
        }
        return quotes;
    }
}
