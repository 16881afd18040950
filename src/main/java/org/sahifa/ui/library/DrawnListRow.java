package org.sahifa.ui.library;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.layout.VBox;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.reader.DisplayOptions;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.reader.Typography;

/**
 * One row of a library list (the highlights list, the names tab's articles and quotations): each of its lines drawn
 * by the reader's own {@link ParagraphNode}, broken at a width given up front, as the quotations pane draws its rows:
 * the first line in its own direction, the other lines in the interface's. The cell's own wrapped text was measured
 * too short for its lines, and JavaFX's shortening of the overflow then drew an unwrapped right-to-left line, cut by
 * the cell (docs/library.md, Round 3).
 */
final class DrawnListRow extends VBox {
    static final String STYLE_CLASS = "library-highlight-row";
    static final Typography PASSAGE = new Typography(AppFonts.READING_FAMILY, 14, 0);
    static final Typography DETAILS = new Typography(AppFonts.READING_FAMILY, 12, 0);

    private final List<String> lines;

    /**
     * @param lines the first line (a highlight's passage, an article's title) and the lines under it
     * @param interfaceDirection the note's and article line's direction, and the passage's if it has no letters
     * @param width the width the lines are broken at
     */
    DrawnListRow(List<String> lines, TextDirection interfaceDirection, double width) {
        super(2);
        this.lines = List.copyOf(lines);
        getStyleClass().add(STYLE_CLASS);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // the passage in its own direction; the note and the article line are the interface's sentences
            TextDirection direction = i == 0 ? ScriptDirection.of(line, interfaceDirection) : interfaceDirection;
            ParagraphNode node = new ParagraphNode(
                    new Block(BlockType.PARAGRAPH, line, direction),
                    i == 0 ? PASSAGE : DETAILS,
                    DisplayOptions.DEFAULT,
                    Math.max(80, width));
            node.getStyleClass().add(i == 0 ? "library-highlight-passage" : "library-highlight-detail");
            getChildren().add(node);
        }
    }

    /** The row's lines as drawn, one a line. */
    String text() {
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
