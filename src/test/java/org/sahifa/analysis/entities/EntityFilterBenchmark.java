package org.sahifa.analysis.entities;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sahifa.analysis.Analyzer;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.quote.QuoteFinder;
import org.sahifa.quote.SpanClassifier;

/**
 * What the entity filter adds to an analysis: its features and one maximum-entropy evaluation per listed entity, on the
 * seed article's unfiltered entity list (docs/entity-filter.md), and loading both bundled models.
 *
 * <p>Run: {@code mvn -q -B -o test-compile exec:exec -Dexec.classpathScope=test -Dexec.args="-cp %classpath
 * -Dsahifa.shared=../shared org.openjdk.jmh.Main EntityFilterBenchmark -f 1 -wi 5 -i 10 -w 2 -r 2"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EntityFilterBenchmark {
    private final EntityFilter filter = EntityFilter.bundledFilter();
    private Analysis analysis;

    @Setup
    public void analyseTheSeedArticle() throws Exception {
        Path seed = Path.of(System.getProperty("sahifa.shared", "../shared"), "samples", "seed-article.txt");
        Analyzer unfiltered = new Analyzer(EntityRecognizer.load(), new QuoteFinder(SpanClassifier.bundledFilter()));
        analysis = unfiltered.analyze(Analyzer.extractSource(seed.toString()));
    }

    @Benchmark
    public List<Entity> filterTheSeedArticle() {
        return filter.filter(analysis.article().blocks(), analysis.entities(), analysis.quotes());
    }

    @Benchmark
    public EntityFilter loadTheBundledModel() {
        return EntityFilter.bundledFilter();
    }
}
