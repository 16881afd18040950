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
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, formatLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
