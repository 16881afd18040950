package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDatesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "الخميس 14 نوفمبر 2024|2024-11-14",
                "السبت 2 تشرين الثاني 2024|2024-11-02",
                "الأحد، 1 كانون الأول 2024 - 10:30|2024-12-01",
                "١٤ نوفمبر ٢٠٢٤|2024-11-14",
                "5 أيار 2023|2023-05-05",
                "3 آب 2021|2021-08-03",
                "الثلاثاء 12 جانفي 2021|2021-01-12",
                "نشر في 21 أكتوبر، 2024|2024-10-21",
                "الخميس 12 جمادى الأولى 1446 هـ|2024-11-14",
                "1 رمضان 1445 هـ|2024-03-11",
                "الخميس 14 نوفمبر 2024 م الموافق 12 جمادى الأولى 1446 هـ|2024-11-14",
            })
    void readsDatesWithMonthNames(String written, String iso) {
        assertEquals(LocalDate.parse(iso), ArabicDates.find(written), written);
    }

    @Test
    void hijriFollowsTheWrittenWeekdayWhenTheSightingDiffers() {
        // Umm al-Qura puts 12 Jumada I 1446 on Thursday 14 November 2024; a page that saw the moon later writes Friday
        assertEquals(LocalDate.of(2024, 11, 15), ArabicDates.find("الجمعة 12 جمادى الأولى 1446 هـ"));
        assertEquals(LocalDate.of(2024, 11, 14), ArabicDates.fromHijri(1446, 5, 12));
    }

    @Test
    void numbersThatAreNotDatesAreNot() {
        assertNull(ArabicDates.find("قتل 14 شخصا في 2024"));
        assertNull(ArabicDates.find("31 فبراير 2024"));
        assertNull(ArabicDates.find("14 نوفمبر 1446 هـ"));
        assertNull(ArabicDates.find("12 رمضان 2024"));
        assertNull(ArabicDates.find("في ربيع الأول من كل عام"));
    }

    @Test
    void aDateLineIsOnlyADate() {
        assertTrue(ArabicDates.isDateLine("الخميس 14 نوفمبر 2024"));
        assertTrue(ArabicDates.isDateLine("السبت، 2 تشرين الثاني 2024 - 10:30 ص"));
        assertFalse(ArabicDates.isDateLine("وفي 14 نوفمبر 2024 أعلن البنك المركزي خفض الفائدة."));
        assertFalse(ArabicDates.isDateLine("الخميس"));
    }

    @Test
    void theDateLineOfAPageIsFoundAndLongParagraphsAreNotRead() {
        String html = "<body><p>"
                + "وقال الوزير في 3 مايو 2020 إن الخطة ستنفذ على مراحل متتالية خلال الأعوام المقبلة كلها. ".repeat(3)
                + "</p><div><font>السبت 2 تشرين الثاني 2024</font></div><div>تعليق: 14 نوفمبر 2024</div></body>";
        assertEquals("2024-11-02", ArabicDates.findInPage(Jsoup.parse(html).body()));
    }
}
