package org.sahifa.quote;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sahifa.model.Quote;
import org.sahifa.quote.attribution.SpeakerRanker;

/**
 * The speaker model on {@link QuoteFinderBenchmark}'s article (10,000 words, about 375 quotations): candidates,
 * features and scoring for every quotation, on top of the rules. The model itself is loaded once, in the setup.
 *
 * <p>Run: {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp %classpath -Dsahifa.shared=../shared
 * org.openjdk.jmh.Main SpeakerRankerBenchmark -f 1 -wi 5 -i 10 -w 2 -r 2"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpeakerRankerBenchmark {
    private final QuoteFinderBenchmark article = new QuoteFinderBenchmark();
    private final SpeakerRanker ranker = SpeakerRanker.bundled();
    private List<Quote> quotes;

    @Setup
    public void buildArticle() throws IOException {
        article.buildArticle();
        quotes = article.findQuotations();
    }

    @Benchmark
    public List<Quote> rankSpeakers() {
        return ranker.rerank(article.blocks(), article.entities(), quotes);
    }

    /** Rules and model together: what quotation finding costs in the app. */
    @Benchmark
    public List<Quote> findAndRank() {
        List<Quote> found = article.findQuotations();
        return ranker.rerank(article.blocks(), article.entities(), found);
    }
}
