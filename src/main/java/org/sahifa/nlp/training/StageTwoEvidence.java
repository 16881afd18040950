package org.sahifa.nlp.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/**
 * The training evidence of a second-pass model: each training sentence's document evidence computed from first-pass
 * tags that a model which never saw the sentence gave it (jackknifed), so the second pass learns to trust the first
 * as much as it deserves on new text. The training sentences come in parts (folds); part {@code g} is tagged by a
 * model trained without it, and its evidence window stays inside the part, as a test fold's does.
 */
final class StageTwoEvidence {
    private static final Logger LOG = Logger.getLogger(StageTwoEvidence.class.getName());

    private StageTwoEvidence() {}

    /** The tokens of each sentence. */
    static List<String[]> tokens(List<Sentence> sentences) {
        List<String[]> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(s.tokens().toArray(String[]::new));
        }
        return out;
    }

    /**
     * The evidence of each sentence of {@code parts} ({@code tags}: the first-pass tags of each part, parallel), as
     * the function the training factory asks for each sentence. A sentence that occurs twice gets the evidence of its
     * first occurrence; a sentence outside the parts is an error.
     */
    static Function<String[], String[][]> lookup(List<List<Sentence>> parts, List<List<String[]>> tags) {
        Map<List<String>, String[][]> bySentence = new HashMap<>();
        int repeated = 0;
        for (int g = 0; g < parts.size(); g++) {
            List<Sentence> part = parts.get(g);
            String[][][] evidence = NameModel.documentEvidence(tokens(part), tags.get(g));
            for (int s = 0; s < part.size(); s++) {
                if (bySentence.putIfAbsent(part.get(s).tokens(), evidence[s]) != null) {
                    repeated++;
                }
            }
        }
        int repeats = repeated;
        LOG.info(() -> "stage-two evidence for " + bySentence.size() + " sentences (" + repeats + " repeated)");
        return tokens -> {
            String[][] e = bySentence.get(Arrays.asList(tokens));
            if (e == null) {
                throw new IllegalStateException(
                        "no first-pass evidence for a sentence of " + tokens.length + " tokens");
            }
            return e;
        };
    }
}
