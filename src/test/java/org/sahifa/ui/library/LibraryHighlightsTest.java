package org.sahifa.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.export.ExportFormat;
import org.sahifa.library.Highlight;
import org.sahifa.library.Library;
import org.sahifa.model.Analysis;
import org.sahifa.ui.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library view's highlights tab and whole-library exports, headless: every highlight listed with its note and
 * article, one article's on its own, a note changed and a highlight removed from the list, one opened at its place,
 * and the library and its highlights written out in the background (and a failure said in words).
 */
@ExtendWith(ApplicationExtension.class)
class LibraryHighlightsTest {
    @TempDir
    Path dir;

    private static final String FIRST = "بدأت المفاوضات بين الطرفين في الرياض.";
    private static final String SECOND = "Talks resumed in Riyadh on Monday.";

    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    private final AtomicReference<Analysis> openedArticle = new AtomicReference<>();
    private final AtomicReference<Highlight> openedAt = new AtomicReference<>();
    private final List<String> notices = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private LibraryAccess access;
    private LibraryView view;
    private HighlightEditing editing;
    private long first;
    private long second;

    @Start
    void start(Stage stage) throws Exception {
        try (Library library = Library.open(dir)) {
            first = library.save(
                    SavedArticles.article("a", "بدء المفاوضات", "example.org", FIRST), SavedArticles.original());
            second = library.save(SavedArticles.article("b", "Talks", "example.org", SECOND), SavedArticles.original());
            library.addHighlight(first, 0, 5, 0, 14, "ملاحظة أولى");
            library.addHighlight(second, 0, 0, 0, 5, null);
        }
        I18n i18n = new I18n(Locale.ENGLISH);
        access = new LibraryAccess(dir, background, i18n, notices::add, errors::add);
        editing = new HighlightEditing(access, i18n, notices::add);
        HighlightExporter exporter = new HighlightExporter(access, i18n, () -> null, notices::add, errors::add);
        view = new LibraryView(
                access, i18n, a -> {}, null, new LibraryView.HighlightParts(editing, exporter, (analysis, h) -> {
                    openedArticle.set(analysis);
                    openedAt.set(h);
                }));
        editing.setOnChanged(view::refreshHighlights);
        stage.setScene(new Scene(view, 700, 600));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        background.submit(access::close).get(30, TimeUnit.SECONDS);
    }

    private List<Highlight> listed() {
        return List.copyOf(view.highlightsPane().list().getItems());
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTabListsEveryHighlightOrOneArticlesAndEditsRemovesAndOpensThem(FxRobot robot) throws Exception {
        robot.interact(view::refresh);
        waitFor(() -> view.shownRows().size() == 2);
        robot.clickOn("Highlights");
        waitFor(() -> listed().size() == 2);
        assertEquals(
                List.of("Talks", "المفاوضات"),
                listed().stream().map(Highlight::text).sorted().toList());
        List<String> cells = robot.lookup("." + DrawnListRow.STYLE_CLASS).queryAllAs(DrawnListRow.class).stream()
                .map(DrawnListRow::text)
                .toList();
        assertTrue(
                cells.stream().anyMatch(c -> c.startsWith("“المفاوضات”\nNote: ملاحظة أولى\nبدء المفاوضات — ")),
                "the passage, its note, its article and day: " + cells);
        assertTrue(cells.stream().anyMatch(c -> c.startsWith("“Talks”\nTalks — ")), "no note, no note line: " + cells);

        // one article's highlights, from the article's row
        robot.interact(() -> view.showHighlightsOf(view.shownRows().stream()
                .filter(a -> a.id() == first)
                .findFirst()
                .orElseThrow()));
        waitFor(() -> listed().size() == 1);
        assertEquals(first, listed().get(0).articleId());
        assertTrue(
                view.highlightsPane().scopeText().contains("بدء المفاوضات"),
                view.highlightsPane().scopeText());

        robot.interact(() -> editing.setNote(listed().get(0), "ملاحظة ثانية"));
        waitFor(() -> "ملاحظة ثانية".equals(listed().get(0).note()));

        // Enter opens the article at the highlight
        robot.interact(() -> {
            view.highlightsPane().list().getSelectionModel().select(0);
            view.highlightsPane().list().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> openedAt.get() != null);
        assertEquals("a", openedArticle.get().article().source());
        assertEquals(5, openedAt.get().start());

        // Delete removes it: from the list and from the store
        robot.interact(() -> view.highlightsPane().list().requestFocus());
        robot.type(KeyCode.DELETE);
        waitFor(() -> listed().isEmpty());
        assertEquals(1, access.callUnchecked(library -> library.allHighlights()).size(), "the other article's stays");

        robot.clickOn("#library-highlights-all");
        waitFor(() -> listed().size() == 1);
        assertEquals(second, listed().get(0).articleId());
        assertEquals(List.of(), errors);
    }

    @Test
    void theLibraryAndItsHighlightsAreExportedInTheBackgroundAndAFailureIsSaid(FxRobot robot) throws Exception {
        ExportBar bar =
                robot.lookup("#library-export").query().getParent().getParent() instanceof ExportBar b ? b : null;
        Path folder = dir.resolve("out");
        AtomicReference<LibraryExportTask> task = new AtomicReference<>();
        robot.interact(() -> task.set(bar.exportLibrary(folder, ExportFormat.HTML)));
        assertEquals(2, (int) task.get().get(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.statusText().startsWith("Exported 2 articles to "), bar.statusText());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(
                    List.of(first + ".html", second + ".html", "analyses.jsonl"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(2, Files.readAllLines(folder.resolve("analyses.jsonl")).size());

        // a folder that cannot be made (a file is in the way): said in words, nothing thrown at the user
        Path blocked = Files.writeString(dir.resolve("blocked"), "x");
        robot.interact(() -> task.set(bar.exportLibrary(blocked.resolve("inside"), ExportFormat.MARKDOWN)));
        waitFor(() -> task.get().isDone());
        waitFor(() -> bar.statusText().startsWith("Could not export the library to "));

        Path csv = dir.resolve("all.csv");
        new HighlightExporter(access, new I18n(Locale.ENGLISH), () -> null, notices::add, errors::add)
                .exportAll(csv, true)
                .get(30, TimeUnit.SECONDS);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("ملاحظة أولى")), rows.toString());
        Path md = dir.resolve("all.md");
        new HighlightExporter(access, new I18n(Locale.ENGLISH), () -> null, notices::add, errors::add)
                .exportAll(md, false)
                .get(30, TimeUnit.SECONDS);
        String markdown = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(markdown.contains("> المفاوضات") && markdown.contains("> Talks"), markdown);
        assertEquals(List.of(), errors);
    }
}
