package org.sahifa.ui.reader;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.model.Analysis;
import org.sahifa.model.Mention;
import org.sahifa.text.ArticleSearch;
import org.sahifa.ui.I18n;

/**
 * Find in article (Ctrl+F): a bar with the query, the match count ("3/12") and next/previous. Matching
 * ignores diacritics, tatweel, hamza forms of alef, ة/ه and ى/ي ({@link org.sahifa.text.SearchFolding}).
 * Enter and F3 go to the next match, Shift+Enter and Shift+F3 to the previous one, Escape closes the bar.
 */
public final class FindBar extends HBox {
    static final String STYLE_CLASS = "find-bar";
    private static final double FIELD_WIDTH = 280;
    /** Set on the bar while a query finds nothing. */
    private static final PseudoClass NO_MATCH = PseudoClass.getPseudoClass("no-match");

    private final I18n i18n;
    private final ArticleView article;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private Analysis searched;
    private ArticleSearch search;
    private List<Mention> matches = List.of();
    private int current = -1;

    /** @param analysis the article shown; the search follows it when another article opens */
    public FindBar(I18n i18n, ArticleView article, ObservableValue<Analysis> analysis) {
        this.i18n = i18n;
        this.article = article;
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        field.setId("find-field");
        field.setPromptText(i18n.get("find.prompt"));
        field.setPrefWidth(FIELD_WIDTH);
        field.textProperty().addListener((obs, old, text) -> search());
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Button previous = iconButton("find-previous", "mdi2c-chevron-up", "find.previous");
        previous.setOnAction(e -> previous());
        Button next = iconButton("find-next", "mdi2c-chevron-down", "find.next");
        next.setOnAction(e -> next());
        Button close = iconButton("find-close", "mdi2c-close", "find.close");
        close.setOnAction(e -> close());
        getChildren().addAll(new FontIcon("mdi2m-magnify"), field, count, previous, next, close);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // After the article view has taken the new article (listener order is not ours to rely on).
        analysis.addListener((obs, old, now) -> {
            // Not when the article shown only gets its analysis: the matches are the same.
            if (old == null || now == null || old.article() != now.article()) {
                Platform.runLater(this::search);
            }
        });
        setShowing(false);
    }

    private Button iconButton(String id, String icon, String textKey) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(i18n.get(textKey));
        button.setTooltip(new Tooltip(i18n.get(textKey)));
        button.setFocusTraversable(false);
        return button;
    }

    /** Shows the bar with its query selected, ready to type. */
    public void open() {
        setShowing(true);
        field.requestFocus();
        field.selectAll();
        search();
    }

    /** Hides the bar and clears the marks in the article. */
    public void close() {
        setShowing(false);
        matches = List.of();
        current = -1;
        article.setFindMatches(List.of());
        article.rows().requestFocus(); // arrow keys and Page Down scroll the article again
    }

    public boolean isShowing() {
        return isVisible();
    }

    /** Goes to the next match, after the last one back to the first. */
    public void next() {
        step(1);
    }

    /** Goes to the previous match, before the first one round to the last. */
    public void previous() {
        step(-1);
    }

    /** All matches of the query, in reading order. */
    public List<Mention> matches() {
        return matches;
    }

    /** Index of the current match in {@link #matches()}, or -1. */
    public int currentIndex() {
        return current;
    }

    /** What the count label says. */
    String countText() {
        return count.getText();
    }

    TextField field() {
        return field;
    }

    private void setShowing(boolean showing) {
        setVisible(showing);
        setManaged(showing);
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            close();
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            step(event.isShiftDown() ? -1 : 1);
            event.consume();
        }
    }

    private void search() {
        Analysis analysis = article.analysis();
        if (!isShowing() || analysis == null) {
            return;
        }
        if (analysis != searched) {
            searched = analysis;
            search = new ArticleSearch(analysis.article());
        }
        matches = search.find(field.getText());
        article.setFindMatches(matches);
        current = -1;
        if (!matches.isEmpty()) {
            goTo(firstFromTopOfView());
        }
        updateCount();
    }

    /** The first match at or after the paragraph at the top of the view, so typing does not jump back to the start. */
    private int firstFromTopOfView() {
        int top = article.firstVisibleBlock();
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).block() >= top) {
                return i;
            }
        }
        return 0;
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        goTo(Math.floorMod(current + direction, matches.size()));
        updateCount();
    }

    private void goTo(int index) {
        current = index;
        article.setCurrentFindMatch(matches.get(index));
    }

    private void updateCount() {
        if (field.getText().isBlank()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText(i18n.get("find.none"));
        } else {
            count.setText(i18n.get("find.count", current + 1, matches.size()));
        }
        pseudoClassStateChanged(NO_MATCH, !field.getText().isBlank() && matches.isEmpty());
    }
}
