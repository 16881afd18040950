package org.sahifa.ui.sidebar;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.model.Entity;
import org.sahifa.model.Mention;
import org.sahifa.text.DisplayText;
import org.sahifa.ui.I18n;
import org.sahifa.ui.Isolated;
import org.sahifa.ui.reader.ArticleView;

/** Steps through the mentions of the selected entity: previous, «2 of 5», next, and copies its name. */
public final class MentionNavigator extends HBox {
    private final I18n i18n;
    private final ArticleView article;
    private final Label position = new Label();
    private Entity entity;
    private int index;

    public MentionNavigator(I18n i18n, ArticleView article) {
        this.i18n = i18n;
        this.article = article;
        getStyleClass().add("mention-navigator");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        Button previous = button("mention-previous", "mdi2c-chevron-left", "sidebar.previous");
        previous.setOnAction(e -> step(-1));
        Button next = button("mention-next", "mdi2c-chevron-right", "sidebar.next");
        next.setOnAction(e -> step(1));
        Button copy = button("mention-copy", "mdi2c-content-copy", "sidebar.copy");
        copy.setOnAction(e -> EntitySidebar.copyToClipboard(entity.name()));
        position.setId("mention-position");
        position.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(position, Priority.ALWAYS);
        getChildren().addAll(previous, position, next, copy);
        clear();
    }

    private Button button(String id, String icon, String tooltipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(i18n.get(tooltipKey)));
        b.setAccessibleText(i18n.get(tooltipKey));
        return b;
    }

    /** Starts at the first mention of the entity and goes there. */
    public void follow(Entity newEntity) {
        entity = newEntity;
        index = 0;
        setVisible(!entity.mentions().isEmpty());
        setManaged(isVisible());
        go();
    }

    public void clear() {
        entity = null;
        setVisible(false);
        setManaged(false);
    }

    /** Next (+1) or previous (-1) mention, wrapping around. */
    void step(int delta) {
        if (entity == null || entity.mentions().isEmpty()) {
            return;
        }
        int n = entity.mentions().size();
        index = ((index + delta) % n + n) % n;
        go();
    }

    /** The counter as shown, e.g. «كيم جونغ أون — 1 of 4»; empty when no name is followed. */
    public String positionText() {
        return isVisible() ? position.getText() : "";
    }

    int index() {
        return index;
    }

    private void go() {
        if (entity == null || entity.mentions().isEmpty()) {
            return;
        }
        Mention m = entity.mentions().get(index);
        position.setText(Isolated.in(DisplayText.forDrawing(entity.name()), i18n) + " — "
                + i18n.get("sidebar.position", index + 1, entity.mentions().size()));
        article.reveal(m.block(), m.start(), m.end());
    }
}
