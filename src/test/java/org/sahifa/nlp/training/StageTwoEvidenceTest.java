package org.sahifa.nlp.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

/** The second pass's training evidence: per part, from that part's first-pass tags, on made-up sentences. */
class StageTwoEvidenceTest {
    private static Sentence sentence(String text) {
        List<String> tokens = List.of(text.split(" "));
        return new Sentence(tokens, tokens.stream().map(t -> "O").toList());
    }

    @Test
    void eachPartReadsItsOwnFirstPassTagsAndNotTheOtherParts() {
        Sentence seen = sentence("وصل كوفاليتش أمس");
        Sentence missed = sentence("غادر كوفاليتش اليوم");
        Sentence elsewhere = sentence("رحب كوفاليتش بالقرار");
        List<List<Sentence>> parts = List.of(List.of(seen, missed), List.of(elsewhere));
        List<String[]> firstPart = List.of(new String[] {"O", "B-PERS", "O"}, new String[] {"O", "O", "O"});
        List<String[]> secondPart = List.<String[]>of(new String[] {"O", "O", "O"});
        List<List<String[]>> tags = List.of(firstPart, secondPart);
        Function<String[], String[][]> lookup = StageTwoEvidence.lookup(parts, tags);
        String[][] inPart = lookup.apply(missed.tokens().toArray(String[]::new));
        assertEquals("O", inPart[1][0], "its own first-pass tag");
        assertEquals("PERS,all", inPart[1][2], "tagged as a person in the same part");
        String[][] otherPart = lookup.apply(elsewhere.tokens().toArray(String[]::new));
        assertEquals("none", otherPart[1][2], "the other part is another document");
        assertThrows(IllegalStateException.class, () -> lookup.apply(new String[] {"جملة", "أخرى"}));
    }
}
