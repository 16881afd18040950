package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahifa.nlp.training.ChunkScore;
import org.sahifa.nlp.training.EvaluateDev;

/**
 * The recogniser ({@code tagDocument}, as {@code tag-conll} uses it) on the held-out development split of
 * anercorp-train, scored as {@code conll-score.py} does. Skips when {@code ../shared} is absent.
 */
class DevSplitScoreTest {
    // Issue 4's floors on this split (PERS 85, LOC 88) are gone: issue 14 set blind targets instead, measured by
    // CrossValidate (docs/entities-model.md), and this split is no longer blind.
    /**
     * A guard against regressions, not a target (the rules were written on this split). The bundled model, retrained by
     * {@code TrainModel} on the gazetteer of issue 14 (107 more places), reaches PERS 76.09, LOC 86.89, overall 75.30;
     * the model trained on the older gazetteer reached PERS 75.04, LOC 88.79, overall 75.31 with the same rules. The
     * blind cross-validation, which retrains on the current gazetteer, moved LOC up (84.12 to 84.33), so the dev LOC
     * drop is taken as noise of this small split. Floors: those figures less a small margin.
     */
    static final double REGRESSION_PERS_FLOOR = 75;

    static final double REGRESSION_LOC_FLOOR = 86.5;

    private static Map<String, ChunkScore.Counts> scores;

    @BeforeAll
    static void score() throws Exception {
        Path data = Path.of(System.getProperty("sahifa.shared", "../shared")).resolve("data");
        assumeTrue(
                Files.isRegularFile(data.resolve("ner/anercorp-train.conll")),
                "skipped: ../shared/data/ner is not here (the development split comes from it)");
        scores = EvaluateDev.score(EntityRecognizer.load(), EvaluateDev.devSentences(data));
    }

    @Test
    void doesNotFallBelowTheCurrentScores() {
        assertTrue(scores.get("PERS").f1() >= REGRESSION_PERS_FLOOR, "PERS " + scores.get("PERS"));
        assertTrue(scores.get("LOC").f1() >= REGRESSION_LOC_FLOOR, "LOC " + scores.get("LOC"));
    }
}
