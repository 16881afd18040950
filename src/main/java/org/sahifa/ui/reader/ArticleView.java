package org.sahifa.ui.reader;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.FadeTransition;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.util.Duration;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;
import org.sahifa.ui.I18n;
import org.sahifa.ui.settings.ReaderPreferences;

/**
 * The article itself: a header (title, byline, site, date, reading time) and its blocks, one
 * {@link ParagraphNode} per block. Rows are virtualised by a {@link ListView}, so a long article
 * lays out only the paragraphs on screen.
 */
public final class ArticleView extends StackPane {
    public static final double MAX_COLUMN_WIDTH = 760;
    static final double SIDE_MARGIN = 56;
    public static final int WORDS_PER_MINUTE = 180;
    /** Title size relative to a heading of the body text (itself 1.25 times the body size). */
    public static final double TITLE_SCALE = 1.3;

    static final String QUOTE_HIGHLIGHT = "quote-highlight";
    public static final String ENTITY_HIGHLIGHT = "entity-highlight";
    public static final String FOCUS_HIGHLIGHT = "focus-highlight";
    static final String FIND_HIGHLIGHT = "find-highlight";
    static final String FIND_CURRENT_HIGHLIGHT = "find-current-highlight";
    /** The first screen while the window is built article first (see {@link #startPreview()}), else null. */
    private ArticlePreview preview;

    private final ArticlePreview.Rows previewRows = new ArticlePreview.Rows() {
        @Override
        public Analysis analysis() {
            return analysis;
        }

        @Override
        public Node header() {
            return ArticleView.this.header(analysis.article());
        }

        @Override
        public Node paragraph(int block) {
            return paragraphFor(block);
        }

        @Override
        public double paragraphGap() {
            return ArticleView.this.paragraphGap();
        }
    };
    /** Paragraph nodes kept for reuse: a few screens' worth. */
    static final int MAX_KEPT_PARAGRAPHS = 64;

    /** The header row is index 0; block {@code i} is row {@code i + 1}. */
    private final ListView<Integer> rows = new ListView<>();

    private final I18n i18n;
    private Analysis analysis;
    private final Map<Integer, List<ParagraphNode.Highlight>> quoteHighlights = new HashMap<>();
    private final Map<Integer, List<ParagraphNode.Highlight>> entityHighlights = new HashMap<>();
    private Mention focus;
    private final Map<Integer, List<ParagraphNode.Highlight>> findHighlights = new HashMap<>();
    private Mention findCurrent;
    /** Spans drawn for other parts of the window (the selection, the reader's highlights), by style class. */
    private final Map<String, Map<Integer, List<ParagraphNode.Highlight>>> spanLayers = new LinkedHashMap<>();

    private Typography typography = Typography.DEFAULT;
    private double paragraphSpacing = ReaderPreferences.DEFAULT_PARAGRAPH_SPACING;
    private DisplayOptions displayOptions = DisplayOptions.DEFAULT;
    private double maxColumnWidth = MAX_COLUMN_WIDTH;
    private boolean justified;
    private boolean flashPending;
    /** The lead image (or the note that it failed) under the header, or null; see {@link LeadImageLoader}. */
    private LeadImageView leadImage;
    /** Paragraph nodes kept for reuse while their block, fonts and width stay the same (the list view makes a row more than once). */
    private final Map<Integer, ParagraphNode> paragraphs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ParagraphNode> eldest) {
            return size() > MAX_KEPT_PARAGRAPHS;
        }
    };

    public ArticleView(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("article-view");
        rows.getStyleClass().add("article-rows");
        rows.setCellFactory(list -> new RowCell());
        rows.widthProperty().addListener((obs, old, width) -> rows.refresh());
        getChildren().add(rows);
        // Never mirrored with an Arabic interface: each paragraph takes its own direction anyway, and under a
        // mirroring transform JavaFX cannot clip the list to a plain rectangle, so it drew the whole visible list
        // offscreen and blended it back on every frame (about 90 ms a frame in software rendering). The article's
        // scroll bar therefore stays on the right in both interface languages.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    }

    /**
     * Shows the article's first screen without the list (a quicker first frame, see {@link ArticlePreview}) until
     * {@link #endPreview()}.
     */
    public void startPreview() {
        preview = new ArticlePreview();
        getChildren().setAll(preview);
    }

    /** Puts the list in the preview's place; its rows take over the paragraphs the preview drew. */
    public void endPreview() {
        if (preview != null) {
            preview.release();
            preview = null;
            getChildren().setAll(rows);
        }
    }

    /** Rows are made anew (highlights, fonts or width changed); so is the preview, while there is one. */
    private void refreshRows() {
        rows.refresh();
        if (preview != null) {
            preview.invalidate();
            requestLayout();
        }
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    @Override
    protected void layoutChildren() {
        if (preview != null) {
            preview.fill(previewRows, getWidth(), getHeight());
        }
        super.layoutChildren();
    }

    public void show(Analysis newAnalysis) {
        analysis = newAnalysis;
        paragraphs.clear();
        focus = null;
        findHighlights.clear();
        findCurrent = null;
        entityHighlights.clear();
        spanLayers.clear();
        markQuotes(newAnalysis.quotes());
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i <= newAnalysis.article().blocks().size(); i++) {
            indices.add(i);
        }
        rows.getItems().setAll(indices);
        rows.scrollTo(0);
        refreshRows();
    }

    /** The analysis of the article already shown (its text came first): marks its quotations, keeping scroll and find. */
    public void showFindings(Analysis analysed) {
        analysis = analysed;
        markQuotes(analysed.quotes());
        refreshRows();
    }

    private void markQuotes(List<Quote> quotes) {
        quoteHighlights.clear();
        List<TextSpan> spans = new ArrayList<>();
        for (Quote q : quotes) {
            spans.add(new TextSpan(q.block(), q.start(), q.endBlock(), q.end()));
        }
        quoteHighlights.putAll(TextSpan.byBlock(spans, analysis.article().blocks(), QUOTE_HIGHLIGHT));
    }

    /** Draws spans with a style class in place of those drawn with it before (an empty list clears them). */
    public void setSpans(String styleClass, List<TextSpan> spans) {
        if (analysis != null) {
            spanLayers.put(
                    styleClass, TextSpan.byBlock(spans, analysis.article().blocks(), styleClass));
            refreshRows();
        }
    }

    /** The index of the block a paragraph node draws, or -1 when it is not one of this article's. */
    int blockIndexOf(ParagraphNode paragraph) {
        for (Map.Entry<Integer, ParagraphNode> kept : paragraphs.entrySet()) {
            if (kept.getValue() == paragraph) {
                return kept.getKey();
            }
        }
        return -1;
    }

    public void setTypography(Typography newTypography) {
        typography = newTypography;
        paragraphs.clear();
        refreshRows();
    }

    public void setDisplayOptions(DisplayOptions options) {
        displayOptions = options;
        paragraphs.clear();
        refreshRows();
    }

    /** Space between paragraphs beyond the space between their lines, in ems of the reading size. */
    public void setParagraphSpacing(double ems) {
        paragraphSpacing = ems;
        refreshRows();
    }

    /**
     * Pixels under each row: the line gap (so a paragraph's last line is spaced like the others) and the paragraph
     * spacing, rounded to a whole pixel so the first frame's rows (ArticlePreview) and the list's rows add up alike.
     */
    double paragraphGap() {
        return Math.round(typography.lineGap(typography.size()) + paragraphSpacing * typography.size());
    }

    public DisplayOptions displayOptions() {
        return displayOptions;
    }

    /** The widest the reading column may get; narrower windows get a narrower column. */
    public void setMaxColumnWidth(double width) {
        maxColumnWidth = width;
        refreshRows();
    }

    public void setJustified(boolean value) {
        justified = value;
        paragraphs.clear();
        refreshRows();
    }

    public Analysis analysis() {
        return analysis;
    }

    /** Shows a lead image (or a note) under the header, above the first paragraph; null removes it. */
    void setLeadImage(LeadImageView image) {
        leadImage = image;
        refreshRows();
    }

    LeadImageView leadImage() {
        return leadImage;
    }

    /** Marks all mentions of an entity (an empty list clears them). */
    public void highlightMentions(List<Mention> mentions) {
        entityHighlights.clear();
        for (Mention m : mentions) {
            entityHighlights
                    .computeIfAbsent(m.block(), k -> new ArrayList<>())
                    .add(new ParagraphNode.Highlight(m.start(), m.end(), ENTITY_HIGHLIGHT));
        }
        refreshRows();
    }

    /** Scrolls to a span of a block and marks it, with a short flash. */
    public void reveal(int block, int start, int end) {
        focus = new Mention(block, start, end, "");
        flashPending = true;
        rows.scrollTo(block + 1);
        refreshRows();
    }

    /** Marks the matches of find-in-article (an empty list clears them) and forgets the current one. */
    public void setFindMatches(List<Mention> matches) {
        findHighlights.clear();
        findCurrent = null;
        for (Mention m : matches) {
            findHighlights
                    .computeIfAbsent(m.block(), k -> new ArrayList<>())
                    .add(new ParagraphNode.Highlight(m.start(), m.end(), FIND_HIGHLIGHT));
        }
        refreshRows();
    }

    /** Marks one find match as the current one and scrolls to its paragraph unless that is already wholly on screen. */
    public void setCurrentFindMatch(Mention match) {
        findCurrent = match;
        if (match != null && !isWhollyShown(match.block())) {
            rows.scrollTo(match.block() + 1);
        }
        refreshRows();
    }

    private boolean isWhollyShown(int block) {
        Bounds view = rows.localToScene(rows.getLayoutBounds());
        for (Node node : rows.lookupAll(".paragraph")) {
            if (node instanceof ParagraphNode p
                    && node.isVisible()
                    && p.block() == analysis.article().blocks().get(block)) {
                Bounds shown = p.localToScene(p.getLayoutBounds());
                return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
            }
        }
        return false;
    }

    /** The block shown at the top of the view, or -1 when the header is. */
    public int firstVisibleBlock() {
        for (Node node : rows.lookupAll(".paragraph")) {
            if (node instanceof ParagraphNode p
                    && p.localToScene(0, 0).getY() >= rows.localToScene(0, 0).getY() - 1) {
                return analysis.article().blocks().indexOf(p.block());
            }
        }
        return -1;
    }

    ListView<Integer> rows() {
        return rows;
    }

    /** Border (3 px) and padding (14 px) of {@code .block-blockquote} in reader.css, on the side it is indented. */
    static final double BLOCKQUOTE_INSET = 17;

    public double columnWidth() {
        // The list fills the view; before the list has been laid out (the preview), the view's width is its width.
        double listWidth = rows.getWidth() > 0 ? rows.getWidth() : getWidth();
        double available = listWidth - 2 * SIDE_MARGIN;
        return Math.max(120, Math.min(maxColumnWidth, available));
    }

    private List<ParagraphNode.Highlight> highlightsFor(int block) {
        List<ParagraphNode.Highlight> all = new ArrayList<>(quoteHighlights.getOrDefault(block, List.of()));
        all.addAll(entityHighlights.getOrDefault(block, List.of()));
        all.addAll(findHighlights.getOrDefault(block, List.of()));
        spanLayers.values().forEach(layer -> all.addAll(layer.getOrDefault(block, List.of())));
        if (findCurrent != null && findCurrent.block() == block) {
            all.add(new ParagraphNode.Highlight(findCurrent.start(), findCurrent.end(), FIND_CURRENT_HIGHLIGHT));
        }
        if (focus != null && focus.block() == block) {
            all.add(new ParagraphNode.Highlight(focus.start(), focus.end(), FOCUS_HIGHLIGHT));
        }
        return all;
    }

    private Node header(Article article) {
        VBox box = new VBox(8);
        if (article.title() != null && !article.title().isBlank()) {
            // Wrapped by Sahifa's own line breaking, like the paragraphs (a wrapped Label hits the same JavaFX bug).
            Typography titleType = new Typography(typography.family(), typography.size() * TITLE_SCALE, 0.15);
            ParagraphNode title = new ParagraphNode(
                    new Block(BlockType.HEADING, article.title(), ScriptDirection.of(article.title())),
                    titleType,
                    DisplayOptions.DEFAULT,
                    columnWidth());
            title.getStyleClass().add("article-title");
            box.getChildren().add(title);
        }
        List<String> parts = new ArrayList<>();
        if (article.byline() != null) {
            parts.add(article.byline());
        }
        if (article.site() != null) {
            parts.add(article.site());
        }
        if (article.published() != null) {
            parts.add(formatDate(article.published()));
        }
        int minutes = Math.max(1, Math.round(article.wordCount() / (float) WORDS_PER_MINUTE));
        parts.add(i18n.get("header.minutes", minutes));
        // One label per part, each in its own direction: joined in one label, "1 min read" beside an Arabic byline
        // would be reordered by the bidi algorithm into "min read 1".
        FlowPane meta = new FlowPane(10, 2);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                meta.getChildren().add(metaLabel("·"));
            }
            Label part = metaLabel(parts.get(i));
            part.setNodeOrientation(
                    ScriptDirection.of(parts.get(i), TextDirection.LTR) == TextDirection.RTL
                            ? NodeOrientation.RIGHT_TO_LEFT
                            : NodeOrientation.LEFT_TO_RIGHT);
            meta.getChildren().add(part);
        }
        meta.getStyleClass().add("article-meta-line");
        box.getChildren().add(meta);
        if (leadImage != null) {
            box.getChildren().add(leadImage.fit(columnWidth(), typography, displayOptions));
        }
        box.getStyleClass().add("article-header");
        box.setNodeOrientation(
                article.dir() == TextDirection.RTL ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        box.setMaxWidth(columnWidth());
        box.setPrefWidth(columnWidth());
        meta.setMaxWidth(columnWidth());
        return box;
    }

    private static Label metaLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("article-meta");
        return label;
    }

    private String formatDate(String iso) {
        try {
            return i18n.date(OffsetDateTime.parse(iso).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return i18n.date(java.time.LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso));
            } catch (DateTimeParseException notADate) {
                return iso;
            }
        }
    }

    private ParagraphNode paragraphFor(int block) {
        // A blockquote's rule and indent take part of the column: its lines are broken at what is left, so it ends
        // where the other paragraphs end (it stuck out by the indent before).
        boolean quote = analysis.article().blocks().get(block).type() == org.sahifa.model.BlockType.BLOCKQUOTE;
        double width = columnWidth() - (quote ? BLOCKQUOTE_INSET : 0);
        ParagraphNode paragraph = paragraphs.get(block);
        if (paragraph == null || paragraph.columnWidth() != width) {
            paragraph = new ParagraphNode(analysis.article().blocks().get(block), typography, displayOptions, width);
            paragraph.setJustified(justified);
            paragraphs.put(block, paragraph);
        }
        paragraph.setHighlights(highlightsFor(block));
        return paragraph;
    }

    /** A row: the header or one block, centred in a reading column. */
    private final class RowCell extends ListCell<Integer> {
        /** The reading column; kept from row to row, so only its content is new to CSS and layout. */
        private final StackPane centred = new StackPane();

        RowCell() {
            getStyleClass().add("article-row");
            centred.getStyleClass().add("article-row-content");
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            // Before the list has its width (its pref size is asked first), a paragraph would be broken at the
            // narrowest column and then again once the width is known: wait for it (the width change refreshes).
            if (empty || index == null || analysis == null || rows.getWidth() <= 0) {
                setGraphic(null);
                return;
            }
            Node content;
            if (index == 0) {
                content = header(analysis.article());
            } else {
                int block = index - 1;
                ParagraphNode paragraph = paragraphFor(block);
                if (flashPending && focus != null && focus.block() == block) {
                    flashPending = false;
                    flash(paragraph);
                }
                content = paragraph;
            }
            centred.getChildren().setAll(content);
            centred.setPadding(new javafx.geometry.Insets(0, 0, paragraphGap(), 0));
            setGraphic(centred);
            setText(null);
        }

        private void flash(ParagraphNode paragraph) {
            List<ParagraphNode.Highlight> hs = paragraph.highlights();
            for (int i = 0; i < hs.size(); i++) {
                if (FOCUS_HIGHLIGHT.equals(hs.get(i).styleClass())) {
                    Path path = paragraph.highlightPaths().get(i);
                    FadeTransition fade = new FadeTransition(Duration.millis(350), path);
                    fade.setFromValue(1);
                    fade.setToValue(0.25);
                    fade.setCycleCount(4);
                    fade.setAutoReverse(true);
                    fade.play();
                }
            }
        }
    }
}
