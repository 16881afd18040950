package org.sahifa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sahifa.load.LoadException;
import org.sahifa.load.LoadProblem;

/** The banner sentence for a failed load: numbers in the interface's digits, names set apart from the sentence. */
class LoadMessageTest {
    private static String message(String language, LoadProblem problem, String detail) {
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        ReaderViewModel model = new ReaderViewModel(() -> null, Runnable::run, i18n);
        return model.messageFor(new LoadException(problem, detail, "test"));
    }

    @Test
    void aStatusCodeTakesTheInterfacesDigits() {
        assertEquals("رد الخادم بالخطأ ٤٠٤.", message("ar", LoadProblem.HTTP_STATUS, "404"));
        assertEquals("The server answered with error 404.", message("en", LoadProblem.HTTP_STATUS, "404"));
    }

    @Test
    void aPathIsSetApartByTheInterfacesMarks() {
        assertEquals(
                "تعذر الوصول إلى \u200F\u200Ehttp://127.0.0.1:8000/a\u200E\u200F.",
                message("ar", LoadProblem.NETWORK, "http://127.0.0.1:8000/a"));
        assertEquals("File not found: \u200Ereport.txt\u200E", message("en", LoadProblem.NOT_FOUND, "report.txt"));
    }
}
