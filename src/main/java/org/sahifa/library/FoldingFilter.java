package org.sahifa.library;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.sahifa.text.SearchFolding;

/**
 * Folds each token with {@link SearchFolding}, the folding of find-in-article and the sidebar filter, so the
 * three agree on which spellings are the same word. A token of marks only becomes empty; a later filter drops it.
 */
final class FoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = SearchFolding.fold(term.toString()).text();
        term.setEmpty().append(folded);
        return true;
    }
}
