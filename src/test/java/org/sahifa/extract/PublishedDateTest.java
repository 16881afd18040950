package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublishedDateTest {
    @Test
    void isoTextStaysAsWritten() {
        assertEquals("2024-10-21T09:30:00+03:00", PublishedDate.normalise("2024-10-21T09:30:00+03:00"));
        assertEquals("2024-10-21", PublishedDate.normalise(" 2024-10-21 "));
        assertEquals("2016-02-01T06:28:00Z", PublishedDate.normalise("2016-02-01T06:28:00Z"));
    }

    @Test
    void otherCommonFormsBecomeIso() {
        assertEquals("2024-10-21T09:30:00+03:00", PublishedDate.normalise("2024-10-21T09:30:00+0300"));
        assertEquals("2024-10-21T09:30:00", PublishedDate.normalise("2024-10-21 09:30"));
        assertEquals("2024-10-21T09:30:15", PublishedDate.normalise("2024-10-21 09:30:15"));
        assertEquals("2024-10-21T09:30:00Z", PublishedDate.normalise("Mon, 21 Oct 2024 09:30:00 GMT"));
        assertEquals("2024-10-21", PublishedDate.normalise("2024/10/21"));
        assertEquals("2017-11-03T03:01:00", PublishedDate.normalise("2017-11-03 03:01:00.000000"));
    }

    @Test
    void whatIsNoDateGivesNull() {
        assertNull(PublishedDate.normalise("الأربعاء، 28 آب/اغسطس 2013"));
        assertNull(PublishedDate.normalise("yesterday"));
        assertNull(PublishedDate.normalise("  "));
        assertNull(PublishedDate.normalise(null));
    }
}
