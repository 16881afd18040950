package org.sahifa.nlp.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahifa.nlp.NameModel;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/**
 * A main model trained with a first stage's tags as features learns how the first stage's labels map to its own, and
 * decodes the same names through the app's decoder as through OpenNLP's. Made-up words, so neither model knows them
 * from the bundled data.
 */
class FirstStageTest {
    /** Words the first stage learns as people; the main corpus labels them places. */
    private static final List<String> NAMES = List.of("كرتال", "مورفان", "زيلاند", "بوشكير");
    /** Words in the same slot that are no names in either corpus. */
    private static final List<String> OTHERS = List.of("مصدر", "مسؤول", "الوزير", "المتحدث");

    private static NameModel firstStage;
    private static TokenNameFinderModel mainModel;

    private static Sentence said(String word, String tag) {
        return new Sentence(List.of("وقال", word, "إن", "الوضع", "مستقر"), List.of("O", tag, "O", "O", "O"));
    }

    @BeforeAll
    static void train() throws IOException {
        List<Sentence> first = new ArrayList<>();
        List<Sentence> main = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            for (String name : NAMES) {
                first.add(said(name, "B-PERS"));
            }
            for (String other : OTHERS) {
                first.add(said(other, "O"));
                main.add(said(other, "O"));
            }
            // The main corpus never sees «زيلاند» and «بوشكير»; it calls the others places.
            main.add(said(NAMES.get(0), "B-LOC"));
            main.add(said(NAMES.get(1), "B-LOC"));
        }
        firstStage = NameModel.of(TrainModel.train(first, null, TrainModel.ITERATIONS));
        mainModel = TrainModel.train(main, firstStage::tags, TrainModel.ITERATIONS);
    }

    @Test
    void theMainModelMapsTheFirstStagesPeopleToItsOwnLabel() {
        NameModel stacked = NameModel.of(mainModel, firstStage);
        String[] unseen = said(NAMES.get(2), "O").tokens().toArray(String[]::new);
        assertArrayEquals(new Span[] {new Span(1, 2, "PERS")}, firstStage.find(unseen));
        assertArrayEquals(
                new Span[] {new Span(1, 2, "LOC")}, stacked.find(unseen), "a word only the first stage knows");
        String[] other = said(OTHERS.get(3), "O").tokens().toArray(String[]::new);
        assertEquals(0, stacked.find(other).length, "a word neither model calls a name");
    }

    @Test
    void theDecoderAndOpenNlpGiveTheSameNamesWithTheFirstStage() {
        NameModel stacked = NameModel.of(mainModel, firstStage);
        NameFinderME reference = new NameFinderME(mainModel);
        for (String word : List.of("زيلاند", "بوشكير", "مصدر", "كرتال")) {
            String[] tokens = said(word, "O").tokens().toArray(String[]::new);
            assertEquals(Arrays.asList(reference.find(tokens)), Arrays.asList(stacked.find(tokens)), word);
        }
    }

    @Test
    void firstStageWeightsReadBackGiveTheSameTags() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        firstStage.writeWeights(bytes);
        NameModel read = NameModel.readWeights(new ByteArrayInputStream(bytes.toByteArray()));
        String[] tokens = said("بوشكير", "O").tokens().toArray(String[]::new);
        assertArrayEquals(firstStage.find(tokens), read.find(tokens));
        assertTrue(read.firstStage() == null, "a first stage has no first stage of its own");
    }
}
