package org.sahifa.ui;

import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A text field's placeholder that fits: JavaFX cuts a long prompt at the field's edge, mid-letter and with no
 * ellipsis. Here the prompt loses whole words from its end, and gains «…», until it fits the field's text area.
 */
final class PromptFit {
    static final String ELLIPSIS = "…";
    /** Room kept free of the prompt: the field's padding, its icon and its clear button, which the prompt shares. */
    static final double RESERVED = 64;

    private PromptFit() {}

    /** Shows {@code prompt} in the field, shortened whenever the field is too narrow for it. */
    static void fit(TextField field, String prompt) {
        field.setPromptText(prompt);
        Runnable refit = () -> field.setPromptText(fitted(prompt, field.getFont(), field.getWidth() - RESERVED));
        field.widthProperty().addListener(o -> refit.run());
        field.fontProperty().addListener(o -> refit.run());
    }

    /** The prompt whole when it fits {@code width}, else its longest run of leading words that fits with «…». */
    static String fitted(String prompt, Font font, double width) {
        if (width <= 0 || widthOf(prompt, font) <= width) {
            return prompt;
        }
        String[] words = prompt.split(" ");
        for (int n = words.length - 1; n > 0; n--) {
            String shorter =
                    String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[\\s,.;:]+$", "") + ELLIPSIS;
            if (widthOf(shorter, font) <= width) {
                return shorter;
            }
        }
        return ELLIPSIS;
    }

    static double widthOf(String s, Font font) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
