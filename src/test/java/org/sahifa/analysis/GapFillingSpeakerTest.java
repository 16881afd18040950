package org.sahifa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.model.Quote;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.quote.QuoteFinder;
import org.sahifa.quote.SpanClassifier;
import org.sahifa.quote.attribution.SpeakerModel;
import org.sahifa.quote.attribution.SpeakerRanker;

/**
 * The speaker model as a gap filler (docs/speaker-model.md, "Round 11"): given to the analyzer, it names a speaker
 * only where the rules named none, and keeps every speaker the rules named. Made-up article: the second paragraph of
 * a man's words stands in marks of its own, with no speech verb, which the rules leave without a speaker.
 */
class GapFillingSpeakerTest {
    private static final String ARTICLE = "أسواق السندات تتراجع\n\n"
            + "ارتفع العائد على السندات في الأسابيع الأخيرة بشكل حاد، وتراجعت أسعار النفط.\n\n"
            + "يقول سامي الخطيب، كبير الاقتصاديين في شركة النور للاستشارات \"عادةً، إذا رأيت العائد يزيد بشكل كبير،"
            + " فهذا رهان جيد على أن الأسهم ستتبع\".\n\n"
            + "\"لكن هنا توجد حالة غير طبيعية، حيث العائد مهيمن عليه بهذه الصناعة الواحدة\".\n\n"
            + "وتشكل شركات الطاقة نسبة كبيرة من مؤشرات السندات.\n";

    private static Analyzer rules;

    @BeforeAll
    static void load() {
        rules = new Analyzer(EntityRecognizer.load(), new QuoteFinder(SpanClassifier.bundledFilter()));
    }

    private static List<Quote> quotes(Analyzer analyzer, Path dir) throws Exception {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, ARTICLE);
        return analyzer.analyzeSource(file.toString()).quotes();
    }

    @Test
    void theModelNamesASpeakerOnlyWhereTheRulesNamedNone(@TempDir Path dir) throws Exception {
        List<Quote> before = quotes(rules, dir);
        // threshold 0: the best candidate always speaks where the rules named none and the quotation passes the gate
        List<Quote> after = quotes(rules.withSpeakerRanker(new SpeakerRanker(SpeakerModel.bundled(), 0.0)), dir);

        assertEquals(2, before.size());
        assertEquals("سامي الخطيب", before.get(0).speaker());
        assertNull(before.get(1).speaker());
        assertEquals("سامي الخطيب", after.get(0).speaker());
        assertEquals("سامي الخطيب", after.get(1).speaker());
        assertEquals(before.get(1).text(), after.get(1).text());
    }

    @Test
    void withoutARankerTheRulesAnswerStands(@TempDir Path dir) throws Exception {
        assertNull(quotes(rules.withSpeakerRanker(null), dir).get(1).speaker());
    }
}
