package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/** One QuoteFinder shared by several threads gives each the same answer as a single thread. */
class QuoteFinderConcurrencyTest {
    @Test
    void oneFinderServesManyThreads() throws Exception {
        QuoteFinder finder = new QuoteFinder();
        List<List<Block>> articles = new ArrayList<>();
        List<List<Entity>> entityLists = new ArrayList<>();
        for (String name :
                List.of("news-article.txt", "speakers-cues.txt", "speakers-continuation.txt", "multi-paragraph.txt")) {
            List<Block> blocks = Fixtures.blocks(name);
            articles.add(blocks);
            entityLists.add(new EntityListBuilder(blocks)
                    .person("جو بايدن", "بايدن")
                    .person("مارك روته", "روته")
                    .organization("الأمم المتحدة")
                    .build());
        }
        List<List<Quote>> expected = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            expected.add(finder.find(articles.get(a), entityLists.get(a)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quote>>> results = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                int a = round % articles.size();
                results.add(pool.submit(() -> finder.find(articles.get(a), entityLists.get(a))));
            }
            for (int round = 0; round < results.size(); round++) {
                assertEquals(
                        expected.get(round % articles.size()),
                        results.get(round).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
