package org.sahifa.text;

import java.util.ArrayList;
import java.util.List;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.Mention;

/**
 * Find in article: every occurrence of a query in the article's blocks, matched on {@link SearchFolding}
 * forms, returned as spans of the original block texts. The blocks are folded once, when the search is made.
 */
public final class ArticleSearch {
    private final List<Block> blocks;
    private final List<SearchFolding.Folded> folded = new ArrayList<>();

    public ArticleSearch(Article article) {
        this.blocks = article.blocks();
        for (Block block : blocks) {
            folded.add(SearchFolding.fold(block.text()));
        }
    }

    /**
     * Matches of {@code query} in reading order (block by block, left to right in the text), not overlapping;
     * an empty or blank query (or one of marks only) has none. Each mention's text is the original span.
     */
    public List<Mention> find(String query) {
        String needle = SearchFolding.foldQuery(query);
        List<Mention> matches = new ArrayList<>();
        if (needle.isEmpty()) {
            return matches;
        }
        for (int b = 0; b < folded.size(); b++) {
            SearchFolding.Folded text = folded.get(b);
            String original = blocks.get(b).text();
            for (int at = text.text().indexOf(needle);
                    at >= 0;
                    at = text.text().indexOf(needle, at + needle.length())) {
                int start = text.originalStart(at);
                int end = text.originalEnd(at + needle.length());
                matches.add(new Mention(b, start, end, original.substring(start, end)));
            }
        }
        return matches;
    }
}
