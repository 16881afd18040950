package org.sahifa.ui.settings;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sahifa.settings.Settings;
import org.sahifa.settings.SettingsStore;
import org.sahifa.settings.Stored;
import org.sahifa.text.DigitStyle;
import org.sahifa.ui.reader.ArticleView;
import org.sahifa.ui.reader.DisplayOptions;
import org.sahifa.ui.reader.Typography;
import org.sahifa.ui.startup.EarlySettings;

/**
 * The reader's choices (font, size, line and paragraph spacing, column, alignment, theme, language, diacritics, digits, images)
 * as properties the views follow, saved to the settings file whenever one changes.
 */
public final class ReaderPreferences {
    static final double MIN_SIZE = 12;
    static final double MAX_SIZE = 48;
    static final double SIZE_STEP = 2;
    static final double DEFAULT_COLUMN = ArticleView.MAX_COLUMN_WIDTH;
    /** Space between paragraphs beyond the space between lines, in ems of the reading size (see ArticleView). */
    public static final double DEFAULT_PARAGRAPH_SPACING = 1.0;

    static final double MAX_PARAGRAPH_SPACING = 2.5;
    private static final Logger LOG = Logger.getLogger(ReaderPreferences.class.getName());

    private final StringProperty fontFamily = new SimpleStringProperty(Typography.DEFAULT.family());
    private final DoubleProperty fontSize = new SimpleDoubleProperty(Typography.DEFAULT.size());
    private final DoubleProperty lineSpacing = new SimpleDoubleProperty(Typography.DEFAULT.lineSpacing());
    private final DoubleProperty paragraphSpacing = new SimpleDoubleProperty(DEFAULT_PARAGRAPH_SPACING);
    private final DoubleProperty columnWidth = new SimpleDoubleProperty(DEFAULT_COLUMN);
    private final BooleanProperty justified = new SimpleBooleanProperty(false);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    /** "ar", "en", or "" for the system's language. */
    private final StringProperty language = new SimpleStringProperty("");

    private final BooleanProperty hideDiacritics = new SimpleBooleanProperty(false);
    private final ObjectProperty<DigitStyle> digits = new SimpleObjectProperty<>(DigitStyle.AS_WRITTEN);
    private final BooleanProperty showImages = new SimpleBooleanProperty(false);

    private final SettingsStore store;
    private final Executor saver;
    private Settings saved = Settings.EMPTY;

    /** @param store where settings live, or null to keep them for this run only (tests, screenshots) */
    public ReaderPreferences(SettingsStore store, Executor saver) {
        this.store = store;
        this.saver = saver;
    }

    /** Reads the saved settings; returns the message about a damaged settings file, or null. */
    public String load() {
        return store == null ? null : load(store.load());
    }

    /** Takes settings already read from this store (see {@link EarlySettings}); returns what {@link #load()} does. */
    public String load(Stored<Settings> stored) {
        apply(stored.value());
        for (Observable p : new Observable[] {
            fontFamily,
            fontSize,
            lineSpacing,
            paragraphSpacing,
            columnWidth,
            justified,
            theme,
            language,
            hideDiacritics,
            digits,
            showImages
        }) {
            p.addListener(o -> save());
        }
        return stored.wasDamaged() ? stored.message() : null;
    }

    public void apply(Settings s) {
        saved = s;
        fontFamily.set(s.get("reading.font", fontFamily.get()));
        fontSize.set(clampSize(s.getDouble("reading.size", fontSize.get())));
        lineSpacing.set(Math.max(0, Math.min(1.5, s.getDouble("reading.lineSpacing", lineSpacing.get()))));
        paragraphSpacing.set(Math.max(
                0, Math.min(MAX_PARAGRAPH_SPACING, s.getDouble("reading.paragraphSpacing", paragraphSpacing.get()))));
        columnWidth.set(Math.max(300, Math.min(1400, s.getDouble("reading.columnWidth", columnWidth.get()))));
        justified.set(s.getBoolean("reading.justified", justified.get()));
        theme.set(enumOr(Theme.class, s.get("ui.theme", ""), theme.get()));
        language.set(s.get("ui.language", language.get()));
        hideDiacritics.set(s.getBoolean("reading.hideDiacritics", hideDiacritics.get()));
        digits.set(enumOr(DigitStyle.class, s.get("reading.digits", ""), digits.get()));
        showImages.set(s.getBoolean("reading.images", showImages.get()));
    }

    Settings toSettings() {
        return saved.with("reading.font", fontFamily.get())
                .with("reading.size", fontSize.get())
                .with("reading.lineSpacing", lineSpacing.get())
                .with("reading.paragraphSpacing", paragraphSpacing.get())
                .with("reading.columnWidth", columnWidth.get())
                .with("reading.justified", justified.get())
                .with("ui.theme", theme.get().name().toLowerCase(Locale.ROOT))
                .with("ui.language", language.get())
                .with("reading.hideDiacritics", hideDiacritics.get())
                .with("reading.digits", digits.get().name().toLowerCase(Locale.ROOT))
                .with("reading.images", showImages.get());
    }

    private void save() {
        Settings snapshot = toSettings();
        saved = snapshot;
        saver.execute(() -> {
            try {
                store.save(snapshot);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "settings not saved", e);
            }
        });
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name.trim())) {
                return e;
            }
        }
        return fallback;
    }

    static double clampSize(double size) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
    }

    public void enlarge() {
        fontSize.set(clampSize(fontSize.get() + SIZE_STEP));
    }

    public void shrink() {
        fontSize.set(clampSize(fontSize.get() - SIZE_STEP));
    }

    public void resetSize() {
        fontSize.set(Typography.DEFAULT.size());
    }

    public Typography typography() {
        return new Typography(fontFamily.get(), fontSize.get(), lineSpacing.get());
    }

    public DisplayOptions displayOptions(org.sahifa.model.TextDirection forced) {
        return new DisplayOptions(hideDiacritics.get(), digits.get(), forced);
    }

    public StringProperty fontFamilyProperty() {
        return fontFamily;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public DoubleProperty lineSpacingProperty() {
        return lineSpacing;
    }

    public DoubleProperty paragraphSpacingProperty() {
        return paragraphSpacing;
    }

    public DoubleProperty columnWidthProperty() {
        return columnWidth;
    }

    public BooleanProperty justifiedProperty() {
        return justified;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public BooleanProperty hideDiacriticsProperty() {
        return hideDiacritics;
    }

    public ObjectProperty<DigitStyle> digitsProperty() {
        return digits;
    }

    public BooleanProperty showImagesProperty() {
        return showImages;
    }
}
