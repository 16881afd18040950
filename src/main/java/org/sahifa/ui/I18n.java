package org.sahifa.ui;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface language: Arabic or English strings from {@code resources/i18n/messages_*.properties}. Patterns are
 * ICU message formats, so a count takes the plural form its language needs («دقيقة واحدة», «دقيقتان», «٣ دقائق»,
 * «١١ دقيقة»).
 */
public final class I18n {
    static final String BUNDLE = "i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Arabic when the system locale is Arabic, English otherwise. */
    public static I18n forSystem() {
        return new I18n(Locale.getDefault());
    }

    public boolean isRightToLeft() {
        return "ar".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    /** Arabic numbers in Arabic-Indic digits, as the interface has always shown them (ICU's default is Latin). */
    private ULocale formatLocale() {
        return isRightToLeft() ? new ULocale("ar@numbers=arab") : ULocale.forLocale(locale);
    }

    /**
     * A number as the interface draws it: the one digit rule for every count, counter and date the interface
     * shows is the interface language's own digits (Arabic-Indic in Arabic, Western in English); the article's
     * text follows the reader's digit setting instead (see {@code DisplayText}).
     */
    public String number(long value) {
        return com.ibm.icu.text.NumberFormat.getIntegerInstance(formatLocale()).format(value);
    }

    /** A date as the interface draws it, long form, in the interface language and its digits. */
    public String date(java.time.LocalDate date) {
        com.ibm.icu.util.Calendar calendar =
                com.ibm.icu.util.Calendar.getInstance(com.ibm.icu.util.TimeZone.GMT_ZONE, formatLocale());
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        com.ibm.icu.text.DateFormat format =
                com.ibm.icu.text.DateFormat.getDateInstance(com.ibm.icu.text.DateFormat.LONG, formatLocale());
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(calendar.getTime());
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, formatLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
