package org.sahifa.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.sahifa.text.SearchFolding;

/**
 * The library's Arabic analysis: Unicode word breaking, {@link SearchFolding} on every token (diacritics, tatweel,
 * alef/hamza forms, ة/ه, ى/ي, digit forms, lower case), Lucene's Arabic stop words (folded the same way) and
 * Lucene's light stemmer (Larkey et al.), which takes off the article and its prefixed forms («ال», «بال», «وال»…)
 * and common suffixes: «المفاوضات», «مفاوضات» and «بالمفاوضات» all index as «مفاوض». Latin words pass folded only.
 *
 * <p>Change {@link #VERSION} whenever the tokens this produces change: an index of another version is rebuilt.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    /** Recorded in every index commit; an index of another version is rebuilt from the database. */
    public static final int VERSION = 1;

    private static final CharArraySet STOP_WORDS = foldedStopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new FoldingFilter(words);
        stream = new LengthFilter(stream, 1, Integer.MAX_VALUE); // tokens of marks only fold to nothing
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new ArabicStemFilter(stream);
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(in);
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(200, false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            folded.add(SearchFolding.foldQuery(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
