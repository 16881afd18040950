package org.sahifa.quote.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerCandidatesTest {

    private static List<String> names(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::name).toList();
    }

    @Test
    void peopleAndBodiesInTheWindowAreCandidatesAndFartherOnesAreNot() {
        Scene s = Scene.of(
                        "زار سامي الخطيب المدينة في الربيع.",
                        "وعقدت وزارة النقل اجتماعا مع هيئة الطرق. وقال خالد العمري «إن الطريق جاهز». ثم غادر.",
                        "وفي موضوع آخر رحب فهد السالم بالقرار.")
                .person("سامي الخطيب")
                .person("خالد العمري")
                .person("فهد السالم")
                .organization("وزارة النقل");
        List<String> names = names(s.candidates().get(0));
        assertTrue(names.contains("خالد العمري"), names.toString());
        assertTrue(names.contains("وزارة النقل"), names.toString());
        assertTrue(names.contains("سامي الخطيب"), "the paragraph before is in the window: " + names);
        assertFalse(names.contains("فهد السالم"), "two sentences after the quotation: " + names);
    }

    @Test
    void aNameInsideTheQuotationItselfIsNoCandidate() {
        Scene s = Scene.of("وقال خالد العمري «إن سامي الخطيب صديقي»")
                .person("خالد العمري")
                .person("سامي الخطيب");
        assertEquals(List.of("خالد العمري"), names(s.candidates().get(0)));
    }

    @Test
    void theRulesAnswerJoinsTheEntityItNamesAndKeepsTheRulesWords() {
        Scene s = Scene.of("وقال العمري «إن الطريق جاهز»، بحسب خالد العمري.")
                .person("خالد العمري")
                .rules(0, "خالد العمري");
        List<Candidate> candidates = s.candidates().get(0);
        assertEquals(1, candidates.size(), candidates.toString());
        assertTrue(candidates.get(0).fromRules());
        assertTrue(candidates.get(0).features().contains("rules&kind=PERSON"));
    }

    @Test
    void anUnnamedSourceTheRulesReadIsAPhraseCandidatePlacedWhereItIsWritten() {
        Scene s = Scene.of("وقال مصدر مطلع «إن الطريق جاهز»").rules(0, "مصدر مطلع");
        Candidate c = s.candidate(0, "مصدر مطلع");
        assertEquals("PHRASE", c.kind());
        assertTrue(c.features().contains("rel=S0B"), c.features().toString());
        assertTrue(c.features().contains("head=source"), c.features().toString());
    }

    @Test
    void thePreviousQuotationsSpeakerIsACandidateForTheNext() {
        Scene s = Scene.of("وقال خالد العمري «إن الطريق جاهز».", "وأضاف «سنفتحه غدا»")
                .person("خالد العمري")
                .rules(0, "خالد العمري");
        Candidate c = s.candidate(1, "خالد العمري");
        assertTrue(c.features().contains("prev"), c.features().toString());
        assertFalse(c.fromRules());
    }
}
