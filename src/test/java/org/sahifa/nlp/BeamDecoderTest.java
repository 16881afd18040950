package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.nlp.training.EvaluateDev;

/** {@link BeamDecoder} finds the same names as OpenNLP's {@code NameFinderME} over the same model. */
class BeamDecoderTest {
    private static final NameModel MODEL = NameModel.load();

    private static void assertSameAsNameFinderMe(List<List<String>> sentences) {
        int names = 0;
        for (List<String> sentence : sentences) {
            String[] tokens = sentence.toArray(String[]::new);
            var expected = MODEL.findWithNameFinderMe(tokens);
            assertArrayEquals(expected, MODEL.find(tokens), String.join(" ", sentence));
            names += expected.length;
        }
        assertTrue(names > 0, "the sentences must hold names for the comparison to mean something");
    }

    @Test
    void sameNamesAsNameFinderMeOnWrittenSentences() {
        assertSameAsNameFinderMe(List.of(
                List.of(
                        "اجتمع",
                        "وزير",
                        "الخارجية",
                        "الروسي",
                        "سيرغي",
                        "لافروف",
                        "مع",
                        "نظيره",
                        "الصيني",
                        "في",
                        "بكين",
                        "."),
                List.of("وقال", "الرئيس", "الأمريكي", "إن", "واشنطن", "تتابع", "المحادثات", "عن", "كثب", "."),
                List.of("فاز", "ريال", "مدريد", "على", "برشلونة", "بهدفين", "سجلهما", "كريم", "بنزيمة", "."),
                List.of("x"),
                List.of()));
    }

    @Test
    void sameNamesAsNameFinderMeOnTheDevelopmentSplit() throws Exception {
        Path data = Path.of(System.getProperty("sahifa.shared", "../shared")).resolve("data");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isRegularFile(data.resolve("ner/anercorp-train.conll")),
                "skipped: ../shared/data/ner is not here");
        List<List<String>> sentences = new ArrayList<>();
        EvaluateDev.devSentences(data).forEach(s -> sentences.add(s.tokens()));
        assertSameAsNameFinderMe(sentences);
    }
}
