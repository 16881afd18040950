package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a first pass said of a word elsewhere in the document, on made-up sentences. */
class DocumentEvidenceTest {
    private final List<SentenceWords> sentences = new ArrayList<>();
    private final List<String[]> tags = new ArrayList<>();

    private void sentence(String text, String... bio) {
        String[] tokens = text.split(" ");
        assertEquals(tokens.length, bio.length, text);
        sentences.add(SentenceWords.analyze(tokens, Gazetteer.shared()));
        tags.add(bio);
    }

    @Test
    void aWordTaggedAsANameElsewhereCarriesThatTypeAndShare() {
        sentence("وصل كوفاليتش إلى المدينة", "O", "B-PERS", "O", "O");
        sentence("وقال سامر كوفاليتش إن", "O", "B-PERS", "I-PERS", "O");
        sentence("ورد كوفاليتش على الأسئلة", "O", "O", "O", "O");
        String[][][] e = DocumentEvidence.of(sentences, tags, 50);
        // «كوفاليتش» in the third sentence: stage 1 missed it there, and tagged both other occurrences as a person.
        String[] missed = e[2][1];
        assertEquals("O", missed[0]);
        assertEquals("O,O,O", missed[1]);
        assertEquals("PERS,all", missed[2], "other occurrences of the form");
        assertEquals("PERS", missed[4], "first word of a person elsewhere");
        assertEquals("PERS", missed[5], "last word of a person elsewhere");
        // In the first sentence: one of its two other occurrences is tagged.
        assertEquals("PERS,most", e[0][1][2]);
        // «سامر» occurs nowhere else.
        assertEquals(DocumentEvidence.NONE, e[1][1][2]);
        assertEquals(DocumentEvidence.NOT_IN_NAME, e[1][1][5], "its own name does not count");
    }

    @Test
    void theWindowLimitsWhatCounts() {
        sentence("زار نافاس", "O", "B-PERS");
        sentence("يوم هادئ", "O", "O");
        sentence("يوم آخر", "O", "O");
        sentence("غاب نافاس", "O", "O");
        String[][][] near = DocumentEvidence.of(sentences, tags, 3);
        String[][][] far = DocumentEvidence.of(sentences, tags, 2);
        assertEquals("PERS,all", near[3][1][2]);
        assertEquals(DocumentEvidence.NONE, far[3][1][2], "three sentences apart, outside a window of two");
        assertEquals("O,no", near[1][0][2], "«يوم»: once more, untagged");
    }

    @Test
    void shareBuckets() {
        assertArrayEquals(new String[] {"no", "few", "most", "most", "all"}, new String[] {
            DocumentEvidence.bucket(0, 4),
            DocumentEvidence.bucket(1, 4),
            DocumentEvidence.bucket(2, 4),
            DocumentEvidence.bucket(3, 4),
            DocumentEvidence.bucket(4, 4)
        });
    }
}
