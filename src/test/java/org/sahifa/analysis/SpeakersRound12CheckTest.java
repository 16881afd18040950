package org.sahifa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Quote;
import org.sahifa.nlp.Gazetteer;

/**
 * Round 12 (issue 14, docs/quotations.md "Round 12: speakers (rules)"): the titles of address are one lexicon
 * ({@code resources/lexicon/titles-of-address.tsv}) that the quote step's role walk and this check both read. Made-up
 * names and phrases.
 */
class SpeakersRound12CheckTest {
    private final Gazetteer gazetteer = Gazetteer.shared();

    private String checked(String speaker) {
        return SpeakerCheck.checked(List.of(), List.of(), List.of(Quote.inBlock("نص", speaker, 0, 0, 2)), gazetteer)
                .get(0)
                .speaker();
    }

    @Test
    void aPrinceOrMisterAfterARoleIntroducesTheName() {
        // «الأمير» and «السيد» were titles for the role walk only; the check now reads the same list
        assertEquals("فيصل بن سالم الراشد", checked("نائب أمير المنطقة الأمير فيصل بن سالم الراشد"));
        assertEquals("كمال عبد الرحيم", checked("رئيس اتحاد الغرف التجارية السيد كمال عبد الرحيم"));
    }

    @Test
    void aTitleAfterAPrepositionStillLeavesTheUnnamedSource() {
        assertEquals("مصدر مقرب من الأمير فيصل الراشد", checked("مصدر مقرب من الأمير فيصل الراشد"));
    }
}
