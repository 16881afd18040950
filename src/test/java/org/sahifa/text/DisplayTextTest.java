package org.sahifa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
    @Test
    void aZwnjIsDrawnAsANarrowNoBreakSpaceAndOffsetsStayPut() {
        String stored = "می\u200Cخواهم ١٢";
        DisplayText shown = DisplayText.of(stored, false, DigitStyle.WESTERN);
        assertEquals("می\u202Fخواهم 12", shown.shown());
        assertEquals(stored.length(), shown.shown().length());
        assertEquals("می\u202Fخواهم", DisplayText.forDrawing("می\u200Cخواهم"));
    }

    @Test
    void searchIgnoresTheHalfSpace() {
        assertEquals(SearchFolding.foldQuery("میخواهم"), SearchFolding.foldQuery("می\u200Cخواهم"));
    }
}
