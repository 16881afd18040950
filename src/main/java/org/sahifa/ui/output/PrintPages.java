package org.sahifa.ui.output;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.reader.ArticleView;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.reader.Typography;

/**
 * The article laid out for paper: the title, the header line and every block drawn by {@link ParagraphNode}
 * (Sahifa's own line breaking, as on screen) at the printable width, split into pages by {@link PagePlan}.
 * Black text on white whatever the window's theme; sizes are in points.
 */
final class PrintPages {
    static final Typography PRINT_TYPOGRAPHY = new Typography(AppFonts.READING_FAMILY, 12, 0.4);
    /** Space after a paragraph, relative to the body size. */
    static final double PARAGRAPH_SPACE = 0.7;
    /** How far block quotes are set in from the start side, in points. */
    static final double QUOTE_INDENT = 18;

    static final Color MUTED = Color.gray(0.35);
    static final int NOT_A_BLOCK = -1;

    /** An item to print: a block (or the title or header line) and how it is drawn. */
    private record Source(int blockIndex, Block block, Typography typography, double indent, boolean muted) {}

    private final List<Source> sources = new ArrayList<>();
    private final List<PagePlan.Item> items = new ArrayList<>();
    private final double width;
    private final double height;
    private final List<List<PagePlan.Piece>> plan;

    /** Lays out {@code article} on pages of the given printable size; call on the FX thread. */
    PrintPages(Article article, double printableWidth, double printableHeight) {
        this.width = printableWidth;
        this.height = printableHeight;
        collect(article);
        for (Source source : sources) {
            ParagraphNode measured = draw(source);
            double[] tops = new double[measured.lineCount()];
            double[] bottoms = new double[measured.lineCount()];
            for (int i = 0; i < measured.lineCount(); i++) {
                Bounds b = measured.lineBounds(i);
                tops[i] = b.getMinY();
                bottoms[i] = b.getMaxY();
            }
            double space = source.typography().size() * PARAGRAPH_SPACE;
            items.add(new PagePlan.Item(tops, bottoms, space, source.block().type() == BlockType.HEADING));
        }
        plan = PagePlan.paginate(items, printableHeight);
    }

    private void collect(Article article) {
        Typography body = PRINT_TYPOGRAPHY;
        if (article.title() != null && !article.title().isBlank()) {
            Typography title = new Typography(body.family(), body.size() * ArticleView.TITLE_SCALE, 0.15);
            sources.add(new Source(
                    NOT_A_BLOCK,
                    new Block(BlockType.HEADING, article.title(), ScriptDirection.of(article.title(), article.dir())),
                    title,
                    0,
                    false));
        }
        List<String> meta = new ArrayList<>();
        for (String part : new String[] {article.byline(), article.site(), shortDate(article.published())}) {
            if (part != null && !part.isBlank()) {
                meta.add(part.strip());
            }
        }
        if (!meta.isEmpty()) {
            String line = String.join("  ·  ", meta);
            sources.add(new Source(
                    NOT_A_BLOCK,
                    new Block(BlockType.CAPTION, line, ScriptDirection.of(line, article.dir())),
                    body,
                    0,
                    true));
        }
        for (int b = 0; b < article.blocks().size(); b++) {
            Block block = article.blocks().get(b);
            double indent = block.type() == BlockType.BLOCKQUOTE ? QUOTE_INDENT : 0;
            sources.add(new Source(b, block, body, indent, block.type() == BlockType.CAPTION));
        }
    }

    private static String shortDate(String published) {
        if (published == null) {
            return null;
        }
        return published.length() >= 10 && published.charAt(4) == '-' ? published.substring(0, 10) : published;
    }

    /** A laid-out paragraph for an item, at its width. */
    private ParagraphNode draw(Source source) {
        ParagraphNode paragraph = new ParagraphNode(source.block(), source.typography());
        paragraph.setColumnWidth(width - source.indent());
        if (source.muted()) {
            paragraph.drawnTexts().forEach(t -> t.setFill(MUTED));
        }
        paragraph.resize(paragraph.prefWidth(-1), paragraph.prefHeight(-1));
        paragraph.layout();
        return paragraph;
    }

    int pageCount() {
        return plan.size();
    }

    /** The plan: for each page, its pieces top to bottom. */
    List<List<PagePlan.Piece>> plan() {
        return plan;
    }

    List<PagePlan.Item> items() {
        return items;
    }

    /** The article block an item draws, or {@link #NOT_A_BLOCK} for the title and header line. */
    int blockOf(int item) {
        return sources.get(item).blockIndex();
    }

    /** Page {@code index} as a node of the printable size, ready for {@code PrinterJob.printPage}. */
    Node page(int index) {
        Pane page = new Pane();
        page.setPrefSize(width, height);
        for (PagePlan.Piece piece : plan.get(index)) {
            Source source = sources.get(piece.item());
            PagePlan.Item item = items.get(piece.item());
            ParagraphNode paragraph = draw(source);
            double top = item.lineTops()[piece.fromLine()];
            double sliceHeight = item.height(piece.fromLine(), piece.toLine());
            boolean startIndent = source.block().dir() == TextDirection.LTR;
            paragraph.relocate(startIndent ? source.indent() : 0, -top);
            Pane slice = new Pane(paragraph);
            slice.setClip(new Rectangle(0, 0, width, sliceHeight));
            slice.setPrefSize(width, sliceHeight);
            slice.relocate(0, piece.y());
            page.getChildren().add(slice);
        }
        page.resize(width, height);
        page.layout();
        return page;
    }
}
