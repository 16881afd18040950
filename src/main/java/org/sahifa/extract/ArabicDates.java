package org.sahifa.extract;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Dates written in Arabic with the month's name, as old news pages print them under the headline:
 * «الخميس 14 نوفمبر 2024» (Gregorian months as written in Egypt and the Gulf, and in the Maghreb:
 * «جانفي», «أوت», «شتنبر»), «السبت 2 تشرين الثاني 2024» (Levantine/Iraqi names) and
 * «12 جمادى الأولى 1446 هـ» (Hijri, converted with ICU's Umm al-Qura calendar; when the weekday is
 * written and the conversion is a day off, as local sighting may be, the weekday decides).
 *
 * <p>Text is matched after folding hamza forms, alef maqsura, taa marbuta and tatweel, and with
 * Arabic-Indic digits read as digits, so «١٤ نوفمبر ٢٠٢٤» and «جمادى الاولى» match too.
 */
final class ArabicDates {
    /** Only elements with at most this much text are searched for the page's date line. */
    static final int MAX_DATE_LINE_CHARS = 120;

    static final int MIN_GREGORIAN_YEAR = 1900;
    static final int MAX_GREGORIAN_YEAR = 2100;
    static final int MIN_HIJRI_YEAR = 1300;
    static final int MAX_HIJRI_YEAR = 1500;

    /** Month names, folded ({@link #fold}), to month numbers; Hijri months are numbered 101–112. */
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[][] gregorian = {
            {"يناير", "كانون الثاني", "جانفي"},
            {"فبراير", "شباط", "فيفري"},
            {"مارس", "اذار"},
            {"ابريل", "نيسان", "افريل"},
            {"مايو", "ايار", "ماي"},
            {"يونيو", "يونيه", "حزيران", "جوان"},
            {"يوليو", "يوليه", "تموز", "جويليه", "يوليوز"},
            {"اغسطس", "اب", "اوت", "غشت"},
            {"سبتمبر", "ايلول", "شتنبر"},
            {"اكتوبر", "تشرين الاول"},
            {"نوفمبر", "تشرين الثاني", "نونبر"},
            {"ديسمبر", "كانون الاول", "دجنبر"}
        };
        String[][] hijri = {
            {"محرم"}, {"صفر"}, {"ربيع الاول"}, {"ربيع الثاني", "ربيع الاخر"}, {"جمادي الاولي", "جمادي الاول"},
            {"جمادي الثانيه", "جمادي الاخره", "جمادي الثاني", "جمادي الاخر"}, {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"},
            {"ذو القعده", "ذي القعده"}, {"ذو الحجه", "ذي الحجه"}
        };
        for (int m = 0; m < 12; m++) {
            for (String name : gregorian[m]) {
                MONTHS.put(name, m + 1);
            }
            for (String name : hijri[m]) {
                MONTHS.put(name, 101 + m);
            }
        }
    }

    private static final String WEEKDAYS = "الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد";
    private static final DayOfWeek[] WEEKDAY_VALUES = {
        DayOfWeek.MONDAY,
        DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY,
        DayOfWeek.SATURDAY,
        DayOfWeek.SUNDAY
    };
    /** Day, month name, year; an optional weekday before. Longer names first so «تشرين الثاني» is not read as a shorter one. */
    private static final Pattern DATE = Pattern.compile(
            "(?:(" + WEEKDAYS + ")\\s*[،,-]?\\s*)?(?<![\\d\\p{L}])(\\d{1,2})\\s+(?:من\\s+)?(" + monthAlternatives()
                    + ")(?!\\p{L})\\s*[،,/-]?\\s*(?:سنه|عام)?\\s*(\\d{4})(?!\\d)(?:\\s*(ه|م)(?!\\p{L}))?");
    /** What may stand around the date on a line that is only a date: a time, «الموافق», separators. */
    private static final Pattern DATE_LINE_REST = Pattern.compile(
            "\\d{1,2}:\\d{2}(?::\\d{2})?|(?<!\\p{L})(?:ص|م|صباحا|مساء|الموافق|بتوقيت|مكه|غرينتش|GMT|اخر تحديث|تاريخ النشر|نشر في)(?!\\p{L})"
                    + "|[\\s،,|:\\-–—/()\\[\\]•·]+");

    private ArabicDates() {}

    private static String monthAlternatives() {
        return MONTHS.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }

    /** The first date written with a month name in {@code text}, or null. */
    static LocalDate find(String text) {
        if (!hasYear(text)) {
            return null; // most text: no need to fold it and run the pattern
        }
        Matcher m = DATE.matcher(fold(text));
        while (m.find()) {
            LocalDate date = toDate(m);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** True when {@code text} is a date line and nothing more: «الخميس 14 نوفمبر 2024», «السبت، 2 تشرين الثاني 2024 - 10:30». */
    static boolean isDateLine(String text) {
        if (text.length() > MAX_DATE_LINE_CHARS || !hasYear(text)) {
            return false;
        }
        String folded = fold(text);
        Matcher m = DATE.matcher(folded);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        boolean any = false;
        while (m.find()) {
            if (toDate(m) == null) {
                return false;
            }
            any = true;
            rest.append(folded, last, m.start()).append(' ');
            last = m.end();
        }
        rest.append(folded.substring(last));
        return any && DATE_LINE_REST.matcher(rest).replaceAll("").isEmpty();
    }

    /** The first short text of the page holding a date with a month name, as ISO-8601, or null. */
    static String findInPage(Element body) {
        if (body == null) {
            return null;
        }
        for (Element el : body.getAllElements()) {
            String own = el.ownText(); // a date line is one text node: the page is read once, not once per level
            if (own.length() <= MAX_DATE_LINE_CHARS && hasYear(own)) {
                LocalDate date = find(own);
                if (date != null) {
                    return date.toString();
                }
            }
        }
        return null;
    }

    /** True when {@code s} has a run of four digits (a year), the cheap test before folding and matching. */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate toDate(Matcher m) {
        int day = Integer.parseInt(m.group(2));
        int month = MONTHS.get(m.group(3));
        int year = Integer.parseInt(m.group(4));
        String era = m.group(5);
        boolean hijri = month > 100;
        try {
            if (!hijri) {
                boolean inRange = year >= MIN_GREGORIAN_YEAR && year <= MAX_GREGORIAN_YEAR;
                return inRange && !"ه".equals(era) ? LocalDate.of(year, month, day) : null;
            }
            if (year < MIN_HIJRI_YEAR || year > MAX_HIJRI_YEAR || day > 30 || "م".equals(era)) {
                return null;
            }
            return matchWeekday(fromHijri(year, month - 100, day), m.group(1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The Gregorian date of a Hijri one (Umm al-Qura). */
    static LocalDate fromHijri(int year, int month, int day) {
        IslamicCalendar hijri = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        hijri.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        hijri.clear();
        hijri.set(year, month - 1, day);
        Calendar gregorian = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("en@calendar=gregorian"));
        gregorian.setTime(hijri.getTime());
        return LocalDate.of(
                gregorian.get(Calendar.YEAR), gregorian.get(Calendar.MONTH) + 1, gregorian.get(Calendar.DAY_OF_MONTH));
    }

    /** The date moved by a day when the written weekday says the sighting differed from the calculation. */
    private static LocalDate matchWeekday(LocalDate date, String weekday) {
        if (weekday == null) {
            return date;
        }
        String[] names = WEEKDAYS.split("\\|");
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(weekday)) {
                DayOfWeek written = WEEKDAY_VALUES[i];
                if (date.plusDays(1).getDayOfWeek() == written) {
                    return date.plusDays(1);
                }
                if (date.minusDays(1).getDayOfWeek() == written) {
                    return date.minusDays(1);
                }
            }
        }
        return date;
    }

    /** Hamza forms to bare alef, alef maqsura to yaa, taa marbuta to haa, no tatweel or short vowels, Arabic-Indic digits as ASCII. */
    static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
                case 'ى' -> sb.append('ي');
                case 'ة' -> sb.append('ه');
                case 'ـ' -> {}
                default -> {
                    if (c >= '\u064B' && c <= '\u0652') {
                        continue;
                    }
                    if (c >= '٠' && c <= '٩') {
                        sb.append((char) ('0' + c - '٠'));
                    } else if (c >= '۰' && c <= '۹') {
                        sb.append((char) ('0' + c - '۰'));
                    } else {
                        sb.append(c == '\u00A0' ? ' ' : c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
