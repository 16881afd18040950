package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoder's three-part features are exactly the features training sees, whatever their order. */
class ArabicFeatureGeneratorTest {
    private static List<String> parts(SentenceWords s, int i) {
        List<String> out = new ArrayList<>();
        FeatureSink sink = FeatureSink.collecting(out);
        ArabicFeatureGenerator.ownWordFeatures(sink, s, i);
        ArabicFeatureGenerator.contextFeatures(sink, s, i);
        for (int d = -ArabicFeatureGenerator.WINDOW; d <= ArabicFeatureGenerator.WINDOW; d++) {
            int j = i + d;
            if (d != 0 && j >= 0 && j < s.length()) {
                ArabicFeatureGenerator.neighbourWordFeatures(sink, s, j, d);
            } else if (d != 0) {
                ArabicFeatureGenerator.outsideNeighbourFeatures(sink, d);
            }
        }
        return out;
    }

    @Test
    void partsHoldTheSameFeaturesAsTraining() {
        String[] tokens = {"وقال", "وزير", "الخارجية", "سيرغي", "لافروف", "في", "بكين", "إن", "Moscow", "2024", "."};
        SentenceWords s = SentenceWords.analyze(tokens, Gazetteer.shared());
        for (int i = 0; i < tokens.length; i++) {
            List<String> training = new ArrayList<>();
            ArabicFeatureGenerator.staticFeatures(FeatureSink.collecting(training), s, i);
            List<String> decoding = parts(s, i);
            assertTrue(training.size() > 30, "a word has many features: " + training);
            training.sort(null);
            decoding.sort(null);
            assertEquals(training, decoding, "position " + i);
        }
    }

    @Test
    void aFirstStagesTagsAreFeaturesOfTheWordAndItsNeighboursInBothParts() {
        String[] tokens = {"وقال", "سيرغي", "لافروف", "إن"};
        SentenceWords s = SentenceWords.analyze(tokens, Gazetteer.shared());
        List<String> without = new ArrayList<>();
        ArabicFeatureGenerator.staticFeatures(FeatureSink.collecting(without), s, 0);
        assertTrue(without.stream().noneMatch(f -> f.startsWith("nf")), "no first stage, no stacked features");
        s.stacked = new String[] {"O", "B-PERS", "I-PERS", "O"};
        for (int i = 0; i < tokens.length; i++) {
            List<String> training = new ArrayList<>();
            ArabicFeatureGenerator.staticFeatures(FeatureSink.collecting(training), s, i);
            List<String> decoding = parts(s, i);
            training.sort(null);
            decoding.sort(null);
            assertEquals(training, decoding, "position " + i);
        }
        List<String> first = new ArrayList<>();
        ArabicFeatureGenerator.staticFeatures(FeatureSink.collecting(first), s, 0);
        assertTrue(
                first.containsAll(List.of("nf=O", "nf-1=#", "nf+1=B-PERS", "nf-1,nf,nf+1=#,O,B-PERS")),
                first.toString());
        List<String> second = new ArrayList<>();
        ArabicFeatureGenerator.staticFeatures(FeatureSink.collecting(second), s, 1);
        assertTrue(second.containsAll(List.of("nf=B-PERS", "nf-1=O", "nf+1=I-PERS")), second.toString());
    }
}
