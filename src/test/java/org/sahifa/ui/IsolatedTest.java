package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.ibm.icu.text.Bidi;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Article text set in an interface sentence is drawn in the order Unicode's isolates (FSI … PDI) would give. */
class IsolatedTest {
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    @ParameterizedTest(name = "{0} UI, «{1}» in «{2}»")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|مقال (1)|Could not read {0}.",
                "en|تقرير 2024|File not found: {0}",
                "en|كيم جونغ أون|{0} — 1 of 4",
                "ar|report (final).txt|تعذرت قراءة {0}.",
                "ar|https://127.0.0.1:8000/news|تعذر الوصول إلى {0}.",
                "ar|Sergei Lavrov 2|{0} — 1 من 4",
                "ar|/tmp/report 2.txt|الملف غير موجود: {0}",
                "en|/tmp/مقال|File not found: {0}"
            })
    void drawnAsAnIsolateWouldBe(String language, String articleText, String sentence) {
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        byte paragraph = i18n.isRightToLeft() ? Bidi.RTL : Bidi.LTR;
        String marked = sentence.replace("{0}", Isolated.in(articleText, i18n));
        String isolated = sentence.replace("{0}", FSI + articleText + PDI);
        assertEquals(visual(isolated, paragraph), visual(marked, paragraph));
    }

    /** The case the marks exist for: without them, «1» joins the Arabic name's run («of 4 1 — كيم جونغ أون»). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"كيم جونغ أون|{0} — 1 of 4"})
    void withoutMarksTheOrderDiffers(String articleText, String sentence) {
        String bare = sentence.replace("{0}", articleText);
        String isolated = sentence.replace("{0}", FSI + articleText + PDI);
        assertNotEquals(visual(isolated, Bidi.LTR), visual(bare, Bidi.LTR));
    }

    private static String visual(String logical, byte paragraphLevel) {
        Bidi bidi = new Bidi();
        bidi.setPara(logical, paragraphLevel, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }
}
