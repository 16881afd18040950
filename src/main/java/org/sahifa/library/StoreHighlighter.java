package org.sahifa.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, with the text from the database: the index neither stores the articles' text nor
 * their offsets, so it stays small, and the top hits' text is analysed again to find the matches.
 */
final class StoreHighlighter extends UnifiedHighlighter {
    /** The searched text of an article, by id. */
    interface Bodies {
        String body(long id) throws IOException;
    }

    private final Bodies bodies;

    StoreHighlighter(IndexSearcher searcher, Analyzer analyzer, Bodies bodies) {
        super(SnippetFormatter.configure(UnifiedHighlighter.builder(searcher, analyzer)));
        this.bodies = bodies;
    }

    /** Snippets of the field for the given documents of this searcher, in the order given. */
    Object[] snippets(String field, Query query, int[] docIds) throws IOException {
        int[] passages = {SnippetFormatter.PASSAGES};
        return highlightFieldsAsObjects(new String[] {field}, query, docIds, passages)
                .get(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        StoredFields stored = getIndexSearcher().storedFields();
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            String body = bodies.body(Long.parseLong(stored.document(doc).get(SearchIndex.ID)));
            CharSequence[] perField = new CharSequence[fields.length];
            java.util.Arrays.fill(perField, body);
            values.add(perField);
        }
        return values;
    }
}
