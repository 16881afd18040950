package org.sahifa.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahifa.library.Highlight;
import org.sahifa.library.Library;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.TextDirection;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.FxThread;
import org.sahifa.ui.I18n;
import org.sahifa.ui.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The highlights tab in a narrow library view beside the reader, in a window mirrored as the Arabic interface mirrors
 * it: every row's drawn text lies inside the list, all of it (nothing shortened), and an Arabic row's lines end at
 * the row's right edge in the Arabic interface, an English row's start at the left edge in the English one. The
 * cell's own wrapped text failed all three: its first line was drawn unwrapped, 574 px wide in a 292 px cell.
 */
@ExtendWith(ApplicationExtension.class)
class HighlightsLayoutTest {
    private static final String ARABIC = "وتخلل الحفل تبادل التهاني والأحاديث الودية، في أجواء سادتها المودة والسرور."
            + " ويسعى البنك من خلال الاحتفاء بهذه المناسبة";
    private static final String ENGLISH =
            "Talks resumed in Riyadh on Monday after a pause of three weeks, officials said.";
    /** How far from the row's edge, at most, a line may start (English) or end (Arabic): the cell's padding. */
    private static final double EDGE_SLACK = 16;

    @TempDir
    Path dir;

    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    private LibraryAccess access;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        if (access != null) {
            background.submit(access::close).get(30, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest(name = "{0} interface")
    @ValueSource(strings = {"ar", "en"})
    void rowsAreWholeInsideTheListAndAlignedToTheirStartingEdge(String language, FxRobot robot) throws Exception {
        try (Library library = Library.open(dir)) {
            long arabic = library.save(
                    article("a", "سفراء «البلاد» يشاركون في حفل المعايدة", ARABIC), SavedArticles.original());
            long english = library.save(article("b", "Talks", ENGLISH), SavedArticles.original());
            library.addHighlight(arabic, 0, 0, 0, ARABIC.length(), "أرقام تستحق المتابعة");
            library.addHighlight(english, 0, 0, 0, ENGLISH.length(), null);
        }
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        LibraryView view = showLibraryView(i18n, 2);
        ListView<Highlight> list = view.highlightsPane().list();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        Bounds listBounds = FxThread.call(() -> list.localToScene(list.getLayoutBounds()));
        for (Highlight highlight : List.copyOf(list.getItems())) {
            Row row = FxThread.call(() -> rowOf(list, highlight));
            String what = language + " interface, row «" + highlight.text().substring(0, 20) + "»";
            for (Bounds text : row.texts) {
                assertTrue(contains(listBounds, text), what + ": text drawn at " + text + ", out of " + listBounds);
            }
            // drawn in visual order, piece by piece: compare the letters, not the order
            String lines = String.join(" ", view.highlightsPane().cellLines(highlight));
            assertEquals(
                    letters(lines),
                    letters(row.drawn),
                    what + ": not every letter is drawn, or more are: " + row.drawn);
            boolean arabicRow = highlight.text().equals(ARABIC);
            if (arabicRow == i18n.isRightToLeft()) {
                // lines of the interface's own script: from its starting edge, every one
                for (double[] line : row.lines().values()) {
                    double gap = arabicRow ? row.cell.getMaxX() - line[1] : line[0] - row.cell.getMinX();
                    assertTrue(
                            gap >= 0 && gap <= EDGE_SLACK,
                            what + ": a line spans x " + line[0] + ".." + line[1] + ", " + gap + " px from the "
                                    + (arabicRow ? "right" : "left") + " edge of the row " + row.cell);
                }
                assertEquals(3 - (arabicRow ? 0 : 1), row.paragraphs, what + ": the passage, note, article lines");
            }
        }
    }

    /** The names tab's detail rows (articles naming the chosen entity) are drawn the same way, whole and aligned. */
    @ParameterizedTest(name = "{0} interface")
    @ValueSource(strings = {"ar", "en"})
    void entityDetailRowsAreWholeInsideTheList(String language, FxRobot robot) throws Exception {
        String title = "سفراء «البلاد» يشاركون في حفل المعايدة بالإدارة الرئيسية للبنك بمدينة الرياض مع المدراء";
        try (Library library = Library.open(dir)) {
            Analysis named = article("a", title, ARABIC);
            Entity bank = new Entity(EntityType.ORGANIZATION, "البنك", List.of(new Mention(0, 70, 75, "البنك")));
            library.save(new Analysis(named.article(), List.of(bank), List.of()), SavedArticles.original());
        }
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        LibraryView view = showLibraryView(i18n, 1);
        EntitiesPane pane = view.entitiesPane();
        robot.interact(pane::refresh);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !pane.names().getItems().isEmpty());
        robot.interact(() -> pane.names().getSelectionModel().select(0));
        ListView<Object> details = pane.details();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> details.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        Bounds listBounds = FxThread.call(() -> details.localToScene(details.getLayoutBounds()));
        Object item = details.getItems().get(0);
        List<Bounds> texts = new ArrayList<>();
        StringBuilder drawn = new StringBuilder();
        FxThread.call(() -> {
            details.lookupAll(".list-cell").stream()
                    .map(n -> (ListCell<?>) n)
                    .filter(c -> c.isVisible() && item.equals(c.getItem()))
                    .findFirst()
                    .ifPresent(c -> collectTexts(c, texts, drawn));
            return null;
        });
        assertTrue(!texts.isEmpty(), language + ": the row draws its text");
        for (Bounds text : texts) {
            assertTrue(contains(listBounds, text), language + ": text drawn at " + text + ", out of " + listBounds);
        }
        assertEquals(letters(pane.detailText(item)), letters(drawn.toString()), language + ": every letter drawn");
        if (i18n.isRightToLeft()) {
            double right = texts.stream().mapToDouble(Bounds::getMaxX).max().orElseThrow();
            assertTrue(listBounds.getMaxX() - right <= EDGE_SLACK + 20, "the Arabic row ends at the list's right edge");
        }
    }

    /** The library view at the right of a window mirrored as {@code MainWindow} mirrors it, on tab {@code tab}. */
    private LibraryView showLibraryView(I18n i18n, int tab) throws Exception {
        access = new LibraryAccess(dir, background, i18n, s -> {}, s -> {});
        HighlightEditing editing = new HighlightEditing(access, i18n, s -> {});
        HighlightExporter exporter = new HighlightExporter(access, i18n, () -> null, s -> {}, s -> {});
        return FxThread.call(() -> {
            AppFonts.load();
            LibraryView v = new LibraryView(
                    access, i18n, a -> {}, null, new LibraryView.HighlightParts(editing, exporter, (a, h) -> {}));
            v.setPrefWidth(320);
            BorderPane window = new BorderPane(new Pane());
            window.setRight(v);
            if (i18n.isRightToLeft()) {
                window.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT); // as MainWindow does
            }
            Scene scene = new Scene(window, 1000, 700);
            Theme.LIGHT.apply(scene);
            stage.setScene(scene);
            stage.show();
            ((TabPane) v.lookup(".tab-pane")).getSelectionModel().select(tab);
            return v;
        });
    }

    /** A row's cell and its drawn texts, in scene coordinates, and what they say. */
    private record Row(Bounds cell, List<Bounds> texts, String drawn, int paragraphs) {
        /** Each drawn line (texts sharing a middle height) as its leftmost and rightmost x. */
        Map<Long, double[]> lines() {
            Map<Long, double[]> lines = new TreeMap<>();
            for (Bounds t : texts) {
                lines.merge(Math.round(t.getCenterY() / 4), new double[] {t.getMinX(), t.getMaxX()}, (a, b) ->
                        new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
            return lines;
        }
    }

    private static Row rowOf(ListView<Highlight> list, Highlight highlight) {
        ListCell<?> cell = list.lookupAll(".list-cell").stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.isVisible() && highlight.equals(c.getItem()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + highlight));
        List<Bounds> texts = new ArrayList<>();
        StringBuilder drawn = new StringBuilder();
        collectTexts(cell, texts, drawn);
        Bounds padded = cell.localToScene(cell.getLayoutBounds());
        javafx.geometry.Insets in = cell.getPadding();
        Bounds content = new javafx.geometry.BoundingBox(
                padded.getMinX() + in.getLeft(),
                padded.getMinY(),
                padded.getWidth() - in.getLeft() - in.getRight(),
                padded.getHeight());
        return new Row(
                content, texts, drawn.toString(), cell.lookupAll(".paragraph").size());
    }

    /** Every visible text under {@code node}, by its drawn glyphs' bounds (not its layout box), and its words. */
    static void collectTexts(Node node, List<Bounds> texts, StringBuilder drawn) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            texts.add(text.localToScene(text.getBoundsInLocal()));
            drawn.append(text.getText()).append(' ');
        } else if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTexts(child, texts, drawn);
            }
        }
    }

    /** The text's letters, spaces left out, in code point order. */
    static String letters(String s) {
        int[] sorted =
                s.codePoints().filter(c -> !Character.isWhitespace(c)).sorted().toArray();
        return new String(sorted, 0, sorted.length);
    }

    static boolean contains(Bounds outer, Bounds inner) {
        double slack = 1;
        return inner.getMinX() >= outer.getMinX() - slack
                && inner.getMaxX() <= outer.getMaxX() + slack
                && inner.getMinY() >= outer.getMinY() - slack
                && inner.getMaxY() <= outer.getMaxY() + slack;
    }

    private static Analysis article(String source, String title, String text) {
        TextDirection direction = source.equals("a") ? TextDirection.RTL : TextDirection.LTR;
        return new Analysis(
                new Article(
                        source,
                        title,
                        null,
                        null,
                        "example.org",
                        source.equals("a") ? "ar" : "en",
                        direction,
                        List.of(new Block(BlockType.PARAGRAPH, text, direction)),
                        true),
                List.of(),
                List.of());
    }
}
