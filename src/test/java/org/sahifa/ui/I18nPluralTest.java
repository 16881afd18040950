package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A count takes the plural form its language needs. */
class I18nPluralTest {
    private final I18n arabic = new I18n(Locale.forLanguageTag("ar"));
    private final I18n english = new I18n(Locale.ENGLISH);

    @Test
    void arabicReadingTimeAgreesWithItsNumber() {
        assertEquals("مدة القراءة: دقيقة واحدة", arabic.get("header.minutes", 1));
        assertEquals("مدة القراءة: دقيقتان", arabic.get("header.minutes", 2));
        assertEquals("مدة القراءة: ٣ دقائق", arabic.get("header.minutes", 3));
        assertEquals("مدة القراءة: ١٠ دقائق", arabic.get("header.minutes", 10));
        assertEquals("مدة القراءة: ١١ دقيقة", arabic.get("header.minutes", 11));
        assertEquals("مدة القراءة: ١٠٠ دقيقة", arabic.get("header.minutes", 100));
    }

    @Test
    void englishAndPatternsWithoutPluralsAreUnchanged() {
        assertEquals("1 min read", english.get("header.minutes", 1));
        assertEquals("12 min read", english.get("header.minutes", 12));
        assertEquals("The server's answer could not be read.", english.get("error.BAD_RESPONSE"));
    }
}
