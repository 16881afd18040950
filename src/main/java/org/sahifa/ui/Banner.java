package org.sahifa.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A strip above the article that says what went wrong, or (as a notice, in calmer colours) that
 * something the user asked for is done; the article below it stays as it was.
 */
final class Banner extends HBox {
    static final String STYLE_CLASS = "banner";
    static final String NOTICE_STYLE_CLASS = "banner-notice";
    private final Label message = new Label();
    private final Button action = new Button();

    Banner(I18n i18n) {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        message.setId("banner-message");
        message.setWrapText(true);
        message.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("banner-close");
        close.setAccessibleText(i18n.get("banner.close"));
        close.setOnAction(e -> hide());
        action.setId("banner-action");
        getChildren().addAll(message, action, close);
        hide();
    }

    void show(String text) {
        getStyleClass().remove(NOTICE_STYLE_CLASS);
        message.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        action.setVisible(false);
        action.setManaged(false);
        message.setText(text);
        setVisible(true);
        setManaged(true);
    }

    /** A message with one thing the user can do about it. */
    void show(String text, String actionText, Runnable onAction) {
        show(text);
        action.setText(actionText);
        action.setOnAction(e -> {
            hide();
            onAction.run();
        });
        action.setVisible(true);
        action.setManaged(true);
    }

    /** Something done as asked («Saved as …»): the same strip, not in the colours of an error. */
    void notice(String text) {
        show(text);
        getStyleClass().add(NOTICE_STYLE_CLASS);
        message.setGraphic(new FontIcon("mdi2c-check-circle-outline"));
    }

    /** True while a notice, not an error, is shown. */
    boolean showsNotice() {
        return isVisible() && getStyleClass().contains(NOTICE_STYLE_CLASS);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }

    /** The message on show, or null when hidden. */
    String shownMessage() {
        return isVisible() ? message.getText() : null;
    }
}
