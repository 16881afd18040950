package org.sahifa.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahifa.analysis.Analyzer;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.FileLoader;
import org.sahifa.load.LoadException;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Analysis;

/**
 * Coverage-guided fuzzing of load → extract → analyze with Jazzer. Any exception other than a
 * {@link LoadException} (a refusal with a message), or a broken offset in the result, is a finding.
 *
 * <p>In the normal test run this replays the inputs under {@code src/test/resources/org/sahifa/robust/PipelineFuzzTestInputs/}
 * (seeds and kept findings) in a second or two. To fuzz one target for real (see README, "Fuzzing"):
 * <pre>{@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m nice mvn -B test -Dtest='PipelineFuzzTest#html'}</pre>
 */
class PipelineFuzzTest {
    private static final Analyzer ANALYZER = Analyzer.standard();

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({
        "<html lang=\"ar\" dir=\"rtl\">",
        "<article>",
        "</article>",
        "<p>",
        "</p>",
        "<h1>",
        "<blockquote>",
        "<li>",
        "<figcaption>",
        "<meta property=\"og:title\" content=\"",
        "<meta charset=\"windows-1256\">",
        "<script>",
        "<![CDATA[",
        "<!--",
        "&amp;",
        "&#x",
        "«",
        "»",
        "\"",
        "قال",
        "وقال",
        ":",
        "مصر",
        "الرئيس",
        "\u200f"
    })
    void html(byte[] input) {
        run(input, DocumentKind.HTML);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"«", "»", "“", "”", "\"", "قال", "وقال", "أكد", ":", "،", "(رويترز)", "مصر", "\u200f", "\uFEFF"
    })
    void text(byte[] input) {
        run(input, DocumentKind.TEXT);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"# ", "## ", "> ", "- ", "1. ", "**", "_", "`", "[", "](", "![", "---", "«", "»", "قال"})
    void markdown(byte[] input) {
        run(input, DocumentKind.MARKDOWN);
    }

    /**
     * The shapes of issue 18 §2–3, which coverage-guided fuzzing reaches slowly: long runs of one character, deep
     * nesting and dense marks, 100 KB each, through the whole pipeline (under a guard against a hang).
     */
    @ParameterizedTest
    @MethodSource("hostileShapes")
    void hostileShapesKeepTheInvariants(String name, DocumentKind kind, String input) {
        assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> run(input.getBytes(StandardCharsets.UTF_8), kind), name);
    }

    static Stream<Arguments> hostileShapes() {
        int n = 100_000;
        Stream.Builder<Arguments> shapes = Stream.builder();
        for (String c : List.of(
                "«", "»", "\"", "“", "[", "](", "(", "<", "-", "*", "_", "`", "#", ">", "\n", " ", "ا", ".", ":",
                "‏")) {
            String run = c.repeat(n / c.length());
            shapes.add(Arguments.of("run of " + c, DocumentKind.TEXT, run));
            shapes.add(Arguments.of("markdown run of " + c, DocumentKind.MARKDOWN, "نص\n\n" + run));
        }
        shapes.add(
                Arguments.of("nested divs", DocumentKind.HTML, "<div>".repeat(n / 5) + "نص" + "</div>".repeat(n / 6)));
        shapes.add(Arguments.of("nested blockquotes", DocumentKind.HTML, "<blockquote><p>قال:«".repeat(n / 20)));
        shapes.add(Arguments.of("nested markdown quotes", DocumentKind.MARKDOWN, ">".repeat(n) + " قال محمد: «نص»"));
        shapes.add(Arguments.of(
                "nested parentheses", DocumentKind.TEXT, "(".repeat(n / 2) + "رويترز" + ")".repeat(n / 2)));
        shapes.add(Arguments.of("dense balanced marks", DocumentKind.TEXT, "قال أحمد: «نعم» ".repeat(n / 16)));
        shapes.add(Arguments.of("dense unbalanced marks", DocumentKind.TEXT, "«لا ".repeat(n / 4)));
        shapes.add(Arguments.of("dense mixed marks", DocumentKind.TEXT, "«\"“”»\"".repeat(n / 6)));
        shapes.add(Arguments.of("dense names", DocumentKind.TEXT, "محمد بن سلمان وعبد الفتاح السيسي ".repeat(n / 32)));
        shapes.add(Arguments.of("many paragraphs", DocumentKind.HTML, "<p>ب</p>".repeat(n / 8)));
        return shapes.build();
    }

    private static void run(byte[] input, DocumentKind kind) {
        RawDocument doc;
        try {
            doc = FileLoader.fromBytes("fuzz-input", input, kind);
        } catch (LoadException refused) {
            return; // empty or binary: refused with a message, which is the right answer
        }
        Analysis analysis = ANALYZER.analyze(ArticleExtractor.extract(doc));
        PipelineInvariants.check(analysis);
    }
}
