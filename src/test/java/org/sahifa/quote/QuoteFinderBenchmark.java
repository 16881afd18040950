package org.sahifa.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sahifa.extract.PlainTextExtractor;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/**
 * Quotation finding and attribution on an article of at least {@value #WORDS} words: the seed
 * article (when ../shared is there) and news-style fixtures repeated, with the entity list a
 * recogniser would give.
 *
 * <p>Run: {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp %classpath org.openjdk.jmh.Main QuoteFinderBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuoteFinderBenchmark {
    static final int WORDS = 10_000;
    /** News-style fixtures, quoting about as often as the seed article (one quotation in 40 to 50 words). */
    private static final String[] FIXTURES = {
        "news-article.txt", "multi-paragraph.txt", "quoted-names.txt", "speakers-far.txt"
    };

    private final QuoteFinder finder = new QuoteFinder();
    /** The app's finder: the rules, then the span classifier as a filter (docs/quotations.md, "Round 10"). */
    private final QuoteFinder filtered = new QuoteFinder(SpanClassifier.bundledFilter());

    private List<Block> blocks;
    private List<Entity> entities;

    @Setup
    public void buildArticle() throws IOException {
        List<Block> sample = new ArrayList<>();
        Path seed = Path.of(System.getProperty("sahifa.shared", "../shared"), "samples", "seed-article.txt");
        if (Files.isRegularFile(seed)) {
            Article article = PlainTextExtractor.extract(Files.readString(seed, StandardCharsets.UTF_8), "seed");
            sample.addAll(article.blocks());
        }
        for (String fixture : FIXTURES) {
            sample.addAll(Fixtures.blocks(fixture));
        }
        blocks = new ArrayList<>();
        int words = 0;
        while (words < WORDS) {
            for (Block b : sample) {
                blocks.add(b);
                words += b.text().split("\\s+").length;
            }
        }
        entities = new EntityListBuilder(blocks)
                .person("سيرغي لافروف", "لافروف")
                .person("كيم جونغ أون", "كيم")
                .person("فلاديمير بوتين", "بوتين")
                .person("جو بايدن", "بايدن")
                .person("ماريا زاخاروفا", "زاخاروفا")
                .person("مارك روته", "روته")
                .person("جمال نور")
                .organization("ريا نوفوستي")
                .organization("رويترز")
                .organization("المفوضية الأوروبية")
                .location("كوريا الشمالية")
                .location("روسيا")
                .location("الولايات المتحدة")
                .location("بيونغ يانغ")
                .build();
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Entity> entities() {
        return entities;
    }

    @Benchmark
    public List<Quote> findQuotations() {
        return finder.find(blocks, entities);
    }

    @Benchmark
    public List<Quote> findQuotationsFiltered() {
        return filtered.find(blocks, entities);
    }
}
