package org.sahifa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
    @Test
    void aZwnjStaysInTheShownTextAndOffsetsStayPut() {
        String stored = "می\u200Cخواهم ١٢";
        DisplayText shown = DisplayText.of(stored, false, DigitStyle.WESTERN);
        assertEquals("می\u200Cخواهم 12", shown.shown());
        assertEquals(stored.indexOf('خ'), shown.shownOffset(stored.indexOf('خ')));
    }

    @Test
    void aLabelDrawsTheZwnjAsANarrowNoBreakSpace() {
        assertEquals("می\u202Fخواهم", DisplayText.forDrawing("می\u200Cخواهم"));
    }

    @Test
    void searchIgnoresTheHalfSpace() {
        assertEquals(SearchFolding.foldQuery("میخواهم"), SearchFolding.foldQuery("می\u200Cخواهم"));
    }
}
