package org.sahifa.nlp;

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

/**
 * Speed of the recogniser: tagging 1,000 tokens (warm, model and rules) and loading model and gazetteer.
 * Run: {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp %classpath org.openjdk.jmh.Main
 * EntityRecognizerBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
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

    @Setup(Level.Trial)
    public void setUp() {
        recognizer = EntityRecognizer.load();
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
}
