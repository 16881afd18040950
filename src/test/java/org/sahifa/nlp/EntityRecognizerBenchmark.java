package org.sahifa.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.nlp.training.EvaluateDev;

/**
 * Speed of the recogniser: tagging 1,000 tokens (warm, model and rules) and loading model and gazetteer.
 * Run: {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp %classpath -Dsahifa.shared=../shared
 * org.openjdk.jmh.Main EntityRecognizerBenchmark"}. The warm figures need the 30 s of warm-up set here: on the
 * 2-core VM the same code runs two to three times slower for the first 20 s or so of continuous tagging (the
 * compiler's last pass and the JVM's first pass over fresh heap memory), then settles.
 *
 * <p>{@link #tagThousandTokens} repeats one short news text, so after the first call every word is one the decoder has
 * seen; {@link #tagThousandTokensOfNews} walks through the development split of anercorp-train (some 30,000 tokens,
 * read from {@code sahifa.shared}; the short text again if it is absent), a new stretch of 1,000 tokens at each call,
 * as an article reader meets words.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
public class EntityRecognizerBenchmark {
    /** Tokens per measured call. */
    static final int TOKENS = 1000;
    /** Typical sentence length when the 1,000 tokens are cut into sentences. */
    static final int SENTENCE = 25;

    private static final String TEXT = "اجتمع وزير الخارجية الروسي سيرغي لافروف مع نظيره الصيني في العاصمة بكين "
            + "يوم الخميس ، وناقش الجانبان الأوضاع في أوكرانيا والشرق الأوسط ، كما أشاد لافروف بالعلاقات "
            + "الثنائية بين روسيا والصين . وقال الرئيس الأمريكي إن واشنطن تتابع المحادثات عن كثب . ";

    private EntityRecognizer recognizer;
    private List<List<String>> sentences;
    /** The development split cut into calls of {@link #TOKENS} tokens, each cut into sentences of {@link #SENTENCE}. */
    private List<List<List<String>>> newsCalls;

    private int nextNewsCall;

    /**
     * A second-pass model's compact weights ({@code TrainTwoStage}'s output) to measure the two-pass recogniser with
     * instead of the bundled one: {@code -Dsahifa.bench.stage2=FILE} (JMH forks inherit it with {@code -jvmArgsAppend}).
     */
    static final String STAGE2_PROPERTY = "sahifa.bench.stage2";

    @Setup(Level.Trial)
    public void setUp() {
        recognizer = System.getProperty(STAGE2_PROPERTY) == null
                ? EntityRecognizer.load()
                : EntityRecognizer.with(twoStage(NameModel.load()));
        String[] words = TEXT.trim().split(" ");
        sentences = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (int i = 0; i < TOKENS; i++) {
            sentence.add(words[i % words.length]);
            if (sentence.size() == SENTENCE) {
                sentences.add(sentence);
                sentence = new ArrayList<>();
            }
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        newsCalls = new ArrayList<>();
        List<String> news = newsTokens();
        for (int from = 0; from + TOKENS <= news.size(); from += TOKENS) {
            List<List<String>> call = new ArrayList<>();
            for (int s = from; s < from + TOKENS; s += SENTENCE) {
                call.add(news.subList(s, Math.min(s + SENTENCE, from + TOKENS)));
            }
            newsCalls.add(call);
        }
        if (newsCalls.isEmpty()) {
            newsCalls.add(sentences);
        }
    }

    /** The second pass of {@link #STAGE2_PROPERTY} after {@code first}. */
    private static NameModel twoStage(NameModel first) {
        try (var in = Files.newInputStream(Path.of(System.getProperty(STAGE2_PROPERTY)))) {
            return NameModel.readWeights(in, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> newsTokens() {
        Path data = Path.of(System.getProperty("sahifa.shared", "../shared")).resolve("data");
        if (!Files.isRegularFile(data.resolve("ner/anercorp-train.conll"))) {
            return List.of();
        }
        try {
            List<String> tokens = new ArrayList<>();
            EvaluateDev.devSentences(data).forEach(s -> tokens.addAll(s.tokens()));
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int tagThousandTokens() {
        int tagged = 0;
        for (List<String> s : sentences) {
            tagged += recognizer.tagTokens(s).size();
        }
        return tagged;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int tagThousandTokensOfNews() {
        List<List<String>> call = newsCalls.get(nextNewsCall);
        nextNewsCall = (nextNewsCall + 1) % newsCalls.size();
        int tagged = 0;
        for (List<String> s : call) {
            tagged += recognizer.tagTokens(s).size();
        }
        return tagged;
    }

    /**
     * The same 1,000 tokens as an article ({@link EntityRecognizer#recognize}: one paragraph per sentence), with the
     * article-only rules (whole place names, the organisation reader) and the document step.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int recogniseThousandTokensOfNewsAsArticle() {
        List<List<String>> call = newsCalls.get(nextNewsCall);
        nextNewsCall = (nextNewsCall + 1) % newsCalls.size();
        List<Block> blocks = new ArrayList<>(call.size());
        for (List<String> s : call) {
            blocks.add(new Block(BlockType.PARAGRAPH, String.join(" ", s), TextDirection.RTL));
        }
        return recognizer.recognize(blocks).size();
    }

    /**
     * The first 1,000 tokens a fresh JVM tags (model loaded, nothing compiled yet): what the first article after
     * start-up meets, before the just-in-time compiler has done its work.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public int tagFirstThousandTokensOfNews() {
        return tagThousandTokensOfNews();
    }

    /** Load of model and gazetteer from the classpath; the first call of each fork is a cold start. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 5)
    @Fork(2)
    public Object loadModelAndGazetteer() {
        return EntityRecognizer.loadFresh();
    }

    /**
     * Load of both passes' weights (the bundled model and {@link #STAGE2_PROPERTY}'s second pass) with the gazetteer;
     * without the property, of the bundled model alone.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 5)
    @Fork(2)
    public Object loadBothPasses() {
        if (System.getProperty(STAGE2_PROPERTY) == null) {
            return EntityRecognizer.loadFresh();
        }
        return new Object[] {Gazetteer.readResource(), twoStage(NameModel.load())};
    }

    /** Load of the word clusters the model's features read (part of {@link EntityRecognizer#load}). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 5)
    @Fork(2)
    public Object loadWordClusters() {
        return WordClusters.readResource();
    }

    /** Load of the letter n-gram weights the foreign-name rules read (part of {@link EntityRecognizer#load}). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 5)
    @Fork(2)
    public Object loadNameLetters() {
        return NameLetters.readResource();
    }

    /** Load of the word evidence from unlabelled news the person rules read (on the first article's person). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 5)
    @Fork(2)
    public Object loadWordEvidence() {
        return WordEvidence.readResource();
    }
}
