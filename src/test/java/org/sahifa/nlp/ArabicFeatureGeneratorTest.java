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
    void documentEvidenceIsAFeatureOfTrainingAndOfTheDecoderAlike() {
        String[] tokens = {"قال", "فادي", "نصار", "إن"};
        SentenceWords s = SentenceWords.analyze(tokens, Gazetteer.shared());
        String[] tags = {"O", "B-PERS", "I-PERS", "O"};
        s.evidence = DocumentEvidence.of(List.of(s), List.<String[]>of(tags), 50)[0];
        List<String> training = new ArrayList<>();
        ArabicFeatureGenerator.staticFeatures(FeatureSink.collecting(training), s, 1);
        List<String> decoding = parts(s, 1);
        assertTrue(training.contains("e1=B-PERS"), training.toString());
        assertTrue(training.contains("e1-1,e1,e1+1=O,B-PERS,I-PERS"), training.toString());
        training.sort(null);
        decoding.sort(null);
        assertEquals(training, decoding);
    }
}
