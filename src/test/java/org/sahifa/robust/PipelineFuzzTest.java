package org.sahifa.robust;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
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
    @DictionaryEntries({"<html lang=\"ar\" dir=\"rtl\">", "<article>", "</article>", "<p>", "</p>", "<h1>", "<blockquote>",
            "<li>", "<figcaption>", "<meta property=\"og:title\" content=\"", "<meta charset=\"windows-1256\">",
            "<script>", "<![CDATA[", "<!--", "&amp;", "&#x", "«", "»", "\"", "قال", "وقال", ":", "مصر", "الرئيس", "\u200f"})
    void html(byte[] input) {
        run(input, DocumentKind.HTML);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"«", "»", "“", "”", "\"", "قال", "وقال", "أكد", ":", "،", "(رويترز)", "مصر", "\u200f", "\uFEFF"})
    void text(byte[] input) {
        run(input, DocumentKind.TEXT);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"# ", "## ", "> ", "- ", "1. ", "**", "_", "`", "[", "](", "![", "---", "«", "»", "قال"})
    void markdown(byte[] input) {
        run(input, DocumentKind.MARKDOWN);
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
