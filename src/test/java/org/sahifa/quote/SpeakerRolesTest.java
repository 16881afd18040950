package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;

/**
 * Issue 14 §1 class 9: the subject after a speech verb is read past the role's complement («في», «لدى» and a body,
 * a quoted body name) to the person, on sentences made up for this test and without the recogniser's help.
 */
class SpeakerRolesTest {
    private final QuoteFinder finder = new QuoteFinder();

    private String speakerOf(String paragraph) {
        List<Quote> quotes =
                finder.find(List.of(new Block(BlockType.PARAGRAPH, paragraph, TextDirection.RTL)), List.of());
        assertEquals(1, quotes.size(), "one quotation in «" + paragraph + "»");
        return quotes.get(0).speaker();
    }

    @Test
    void theSubjectIsReadPastWhereTheRoleIsHeld() {
        assertEquals(
                "منصور العتيبي",
                speakerOf("وقال مندوب الكويت لدى الأمم المتحدة منصور العتيبي إن «بلاده ترحب بالقرار الجديد»."));
    }

    @Test
    void theSubjectIsReadPastABodyAfterInToTheName() {
        assertEquals("سلمى يوسف", speakerOf("وقالت الأستاذة في كلية الطب سلمى يوسف إن «الدراسة شملت مئة مريض»."));
    }

    @Test
    void aQuotedBodyNameAfterARoleIsNotTheSpeaker() {
        assertEquals("نبيل حداد", speakerOf("وأوضح الخبير في صندوق \"النقد\" نبيل حداد أن «النمو سيتباطأ هذا العام»."));
    }

    @Test
    void rolesTakeTheirGenderFromTheLexicon() {
        assertEquals(Gender.FEMININE, WordLists.roleGender(ArabicText.fold("المحامية")));
        assertEquals(Gender.FEMININE, WordLists.roleGender(ArabicText.fold("رئيستها")));
        assertEquals(Gender.MASCULINE, WordLists.roleGender(ArabicText.fold("والمندوب")));
        assertEquals(Gender.UNKNOWN, WordLists.roleGender(ArabicText.fold("الحديقة")));
    }
}
