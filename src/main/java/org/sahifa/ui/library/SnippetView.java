package org.sahifa.ui.library;

import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.sahifa.library.Snippet;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DisplayText;
import org.sahifa.text.ScriptDirection;

/**
 * A search snippet: one {@link Text} in a {@link TextFlow} (several spans do not always wrap right-to-left lines
 * correctly, see docs/javafx-arabic-notes.md bug 2), with the matches drawn behind it as shapes from
 * {@link TextFlow#rangeShape}, redrawn whenever the flow is laid out again.
 */
final class SnippetView extends StackPane {
    static final String STYLE = "library-snippet";
    static final String MATCH_STYLE = "library-match";

    private final Snippet snippet;
    private final TextFlow flow;
    private final Path matches = new Path();

    SnippetView(Snippet snippet) {
        this.snippet = snippet;
        getStyleClass().add(STYLE);
        flow = new TextFlow(new Text(DisplayText.forDrawing(snippet.text())));
        if (ScriptDirection.of(snippet.text(), TextDirection.RTL) == TextDirection.RTL) {
            flow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        matches.getStyleClass().add(MATCH_STYLE);
        matches.setManaged(false);
        Pane behind = new Pane(matches);
        behind.setNodeOrientation(flow.getNodeOrientation());
        getChildren().addAll(behind, flow);
        flow.layoutBoundsProperty().addListener((obs, old, bounds) -> drawMatches());
    }

    private void drawMatches() {
        matches.getElements().clear();
        for (Snippet.Span span : snippet.highlights()) {
            PathElement[] shape = flow.rangeShape(span.start(), span.end());
            matches.getElements().addAll(shape);
        }
    }

    /** The number of matches drawn (for tests): path elements exist once the flow is laid out. */
    int drawnMatchElements() {
        return matches.getElements().size();
    }

    Snippet snippet() {
        return snippet;
    }
}
