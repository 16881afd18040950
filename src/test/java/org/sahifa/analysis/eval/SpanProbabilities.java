package org.sahifa.analysis.eval;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.sahifa.analysis.Analyzer;
import org.sahifa.load.LoadException;
import org.sahifa.nlp.EntityRecognizer;
import org.sahifa.quote.MarkedSpan;
import org.sahifa.quote.QuoteFinder;
import org.sahifa.quote.SpanClassifier;

/**
 * Prints, for each quotation the rules find in the articles given, the span model's probability that it is one: to
 * see on unlabelled text which quotations each threshold would set aside (docs/quotations.md, "Round 10").
 *
 * <p>Arguments: the model file, then article files.
 */
public final class SpanProbabilities {
    private SpanProbabilities() {}

    public static void main(String[] args) throws IOException, LoadException {
        SpanClassifier model;
        try (InputStream in = new FileInputStream(args[0])) {
            model = SpanClassifier.read(in, SpanClassifier.Mode.FILTER, 0.5);
        }
        Analyzer analyzer = new Analyzer(EntityRecognizer.load(), new QuoteFinder());
        for (int a = 1; a < args.length; a++) {
            for (MarkedSpan s : analyzer.markedSpans(Analyzer.extractSource(args[a]))) {
                if (s.rulesQuotation()) {
                    String text = s.text().replace('\n', ' ');
                    System.out.printf(
                            "%.3f\t%s\t%s%n",
                            model.probability(s.features()),
                            java.nio.file.Path.of(args[a]).getFileName(),
                            text.substring(0, Math.min(70, text.length())));
                }
            }
        }
    }
}
