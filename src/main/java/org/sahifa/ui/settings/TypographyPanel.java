package org.sahifa.ui.settings;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DigitStyle;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.I18n;

/** The reading settings: font, size, line height, column width, alignment, theme, language, direction, diacritics, digits, images. */
public final class TypographyPanel extends GridPane {
    private final ChoiceBox<String> direction = new ChoiceBox<>();

    public TypographyPanel(ReaderPreferences prefs, I18n i18n, Consumer<TextDirection> onDirection) {
        getStyleClass().add("typography-panel");
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(14));

        ChoiceBox<String> font = new ChoiceBox<>();
        font.setId("font-choice");
        font.getItems().setAll(AppFonts.FAMILIES);
        font.valueProperty().bindBidirectional(prefs.fontFamilyProperty());

        Slider size = slider(
                "size-slider",
                ReaderPreferences.MIN_SIZE,
                ReaderPreferences.MAX_SIZE,
                prefs.fontSizeProperty().get());
        size.valueProperty().bindBidirectional(prefs.fontSizeProperty());
        Slider spacing =
                slider("spacing-slider", 0, 1.2, prefs.lineSpacingProperty().get());
        spacing.valueProperty().bindBidirectional(prefs.lineSpacingProperty());
        Slider paragraphs = slider(
                "paragraph-spacing-slider",
                0,
                ReaderPreferences.MAX_PARAGRAPH_SPACING,
                prefs.paragraphSpacingProperty().get());
        paragraphs.valueProperty().bindBidirectional(prefs.paragraphSpacingProperty());
        Slider column =
                slider("column-slider", 360, 1200, prefs.columnWidthProperty().get());
        column.valueProperty().bindBidirectional(prefs.columnWidthProperty());

        CheckBox justified = new CheckBox(i18n.get("typography.justified"));
        justified.setId("justified-check");
        justified.selectedProperty().bindBidirectional(prefs.justifiedProperty());

        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("theme-choice");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(named(t -> i18n.get("theme." + t.name().toLowerCase(java.util.Locale.ROOT))));
        theme.valueProperty().bindBidirectional(prefs.themeProperty());

        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("language-choice");
        language.getItems().setAll("", "ar", "en");
        language.setConverter(named(code -> i18n.get(code.isEmpty() ? "language.system" : "language." + code)));
        language.valueProperty().bindBidirectional(prefs.languageProperty());

        direction.setId("direction-choice");
        direction.getItems().setAll("auto", "rtl", "ltr");
        direction.setConverter(named(code -> i18n.get("direction." + code)));
        direction.setValue("auto");
        direction
                .valueProperty()
                .addListener((obs, old, code) -> onDirection.accept(
                        "rtl".equals(code) ? TextDirection.RTL : "ltr".equals(code) ? TextDirection.LTR : null));

        CheckBox diacritics = new CheckBox(i18n.get("typography.hideDiacritics"));
        diacritics.setId("diacritics-check");
        diacritics.selectedProperty().bindBidirectional(prefs.hideDiacriticsProperty());

        ChoiceBox<DigitStyle> digits = new ChoiceBox<>();
        digits.setId("digits-choice");
        digits.getItems().setAll(DigitStyle.values());
        digits.setConverter(named(d -> i18n.get("digits." + d.name().toLowerCase(java.util.Locale.ROOT))));
        digits.valueProperty().bindBidirectional(prefs.digitsProperty());

        CheckBox images = new CheckBox(i18n.get("typography.showImages"));
        images.setId("images-check");
        images.setTooltip(new Tooltip(i18n.get("typography.showImages.tooltip")));
        images.selectedProperty().bindBidirectional(prefs.showImagesProperty());

        int row = 0;
        addRow(row++, new Label(i18n.get("typography.font")), font);
        addRow(row++, new Label(i18n.get("typography.size")), size);
        addRow(row++, new Label(i18n.get("typography.lineSpacing")), spacing);
        addRow(row++, new Label(i18n.get("typography.paragraphSpacing")), paragraphs);
        addRow(row++, new Label(i18n.get("typography.column")), column);
        add(justified, 1, row++);
        addRow(row++, new Label(i18n.get("typography.theme")), theme);
        addRow(row++, new Label(i18n.get("typography.language")), language);
        addRow(row++, new Label(i18n.get("typography.direction")), direction);
        add(diacritics, 1, row++);
        addRow(row++, new Label(i18n.get("typography.digits")), digits);
        add(images, 1, row);
    }

    /** A new article starts with each paragraph in its own direction. */
    public void resetDirection() {
        direction.setValue("auto");
    }

    private static Slider slider(String id, double min, double max, double value) {
        Slider slider = new Slider(min, max, value);
        slider.setId(id);
        slider.setPrefWidth(180);
        return slider;
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
