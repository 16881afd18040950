package org.sahifa.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sahifa.analysis.Analyzer;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.load.FileLoader;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Interruption;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.quote.QuoteFinder;

/**
 * The NER's tagging pass (the decoder over the sentences, then the rules) checks for a cancel once per sentence, so a
 * cancel that comes while it tags stops it within a sentence and leaves no analysis behind. No clock: the checks are
 * seen through {@link Interruption#watch} and the work between them weighed in bytes allocated ({@link CheckpointGaps}).
 */
class TaggingCancelTest {
    private static final Analyzer ANALYZER =
            new Analyzer(Analyzer.standard().recognizer(), new QuoteFinder(), Long.MAX_VALUE);

    private static Article article(HostileShapes shape, int bytes) throws Exception {
        return ArticleExtractor.extract(FileLoader.fromBytes("long.txt", shape.ofSize(bytes), shape.kind));
    }

    /** True when the check being made comes from the tagging pass (the decoder's loop over the sentences). */
    private static boolean inTheTaggingPass() {
        return StackWalker.getInstance()
                .walk(frames -> frames.anyMatch(f -> f.getClassName().equals("org.sahifa.nlp.NameModel")
                        && f.getMethodName().equals("findDocument")));
    }

    @Test
    void aCancelWhileTaggingStopsAtTheNextSentenceAndPublishesNothing() throws Exception {
        Article article = article(HostileShapes.SHORT_PARAGRAPHS, 128 << 10);
        AtomicInteger taggingChecks = new AtomicInteger();
        AtomicInteger checksOnceInterrupted = new AtomicInteger();
        AtomicReference<Analysis> published = new AtomicReference<>();
        try (Interruption.Watch watch = Interruption.watch(() -> {
            if (Thread.currentThread().isInterrupted()) {
                checksOnceInterrupted.incrementAndGet();
            }
            // cancel at the tenth sentence the decoder reaches: the user pressed Cancel while the names were tagged
            if (inTheTaggingPass() && taggingChecks.incrementAndGet() == 10) {
                Thread.currentThread().interrupt();
            }
        })) {
            assertThrows(CancellationException.class, () -> published.set(ANALYZER.analyze(article)));
        } finally {
            Thread.interrupted(); // clear the flag for the next test on this thread
        }
        assertEquals(10, taggingChecks.get(), "the tagging pass stopped at the check that saw the cancel");
        assertEquals(0, checksOnceInterrupted.get(), "no check ran after the one that saw the cancel");
        assertNull(published.get(), "no analysis left behind");
    }

    /**
     * The largest stretch of the recogniser without a check is a small share of its work: at most a twentieth. Before
     * the checks in the tagging pass it was that pass, more than half of it (docs/robustness.md); what is left is
     * per-document bookkeeping before the names are spread to their other occurrences, about 1.5%.
     */
    @Test
    void theWorkBetweenTwoChecksOfTheRecogniserIsASmallShareOfIt() throws Exception {
        // paragraphs, as the analysis hands the recogniser a long paragraph (AnalysisSegments cuts it at sentence ends)
        Article article = article(HostileShapes.SHORT_PARAGRAPHS, 512 << 10);
        EntityRecognizer recognizer = ANALYZER.recognizer();
        recognizer.recognize(article.blocks()); // warm: class loading and lazy tables
        CheckpointGaps gaps = CheckpointGaps.of(() -> recognizer.recognize(article.blocks()));
        assertTrue(
                gaps.largestGap() * 20 <= gaps.total(),
                "largest stretch without a check: " + gaps.largestGap() / 1024 + " KB allocated of "
                        + gaps.total() / 1024 + " KB in " + gaps.checks() + " checks, " + gaps.where());
    }
}
