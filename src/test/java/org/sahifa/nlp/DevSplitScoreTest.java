package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahifa.nlp.training.ChunkScore;
import org.sahifa.nlp.training.EvaluateDev;

/** The recogniser on the held-out development split of anercorp-train (scored as conll-score.py does). */
class DevSplitScoreTest {
    static final double PERS_FLOOR = 85;
    static final double LOC_FLOOR = 88;

    @Test
    void meetsTheFloorsOnTheDevelopmentSplit() throws Exception {
        Path data = Path.of(System.getProperty("sahifa.shared", "../shared")).resolve("data");
        assumeTrue(Files.isRegularFile(data.resolve("ner/anercorp-train.conll")),
                "skipped: ../shared/data/ner is not here (the development split comes from it)");
        Map<String, ChunkScore.Counts> scores =
                EvaluateDev.score(EntityRecognizer.load(), EvaluateDev.devSentences(data));
        assertTrue(scores.get("PERS").f1() >= PERS_FLOOR, "PERS " + scores.get("PERS"));
        assertTrue(scores.get("LOC").f1() >= LOC_FLOOR, "LOC " + scores.get("LOC"));
    }
}
