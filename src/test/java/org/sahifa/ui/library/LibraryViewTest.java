package org.sahifa.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.AttributedQuote;
import org.sahifa.library.EntityArticle;
import org.sahifa.library.EntitySummary;
import org.sahifa.library.Library;
import org.sahifa.library.SavedArticle;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;
import org.sahifa.ui.I18n;
import org.sahifa.ui.sidebar.EntityKinds;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library view, headless: the saved articles listed, filtered, searched with drawn highlights, opened from the store. */
@ExtendWith(ApplicationExtension.class)
class LibraryViewTest {
    @TempDir
    static Path dir;

    /**
     * One pool for the class: a window of an earlier test may still hand work to it (queued by
     * {@code Platform.runLater} after that test ended), which a pool shut down per test would refuse.
     */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();

    private final AtomicReference<Analysis> opened = new AtomicReference<>();
    private LibraryAccess access;
    private LibraryView view;
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        try (Library library = Library.open(dir)) {
            library.save(
                    SavedArticles.article("1", "بدء المفاوضات", "a.example", "بدأت المفاوضات بين الطرفين في الرياض."),
                    SavedArticles.original());
            library.save(
                    SavedArticles.article("2", "جولة جديدة", "b.example", "جولة جديدة من مفاوضات السلام اليوم."),
                    SavedArticles.original());
            library.save(
                    SavedArticles.article("3", "حالة الطقس", "a.example", "أمطار على الساحل الغربي."),
                    SavedArticles.original());
            library.save(
                    withPerson("4", "لقاء", "سيرغي لافروف", "قال سيرغي لافروف: «سنواصل الحوار» اليوم."),
                    SavedArticles.original());
            library.save(
                    withPerson("5", "تصريح", "لافروف", "وأضاف لافروف: «لا تنازل» في الملف."), SavedArticles.original());
        }
        I18n i18n = new I18n(Locale.forLanguageTag("ar"));
        access = new LibraryAccess(dir, background, i18n, notice -> {}, errors::add);
        view = new LibraryView(access, i18n, opened::set);
        stage.setScene(new Scene(view, 700, 500));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        background.submit(access::close).get(30, TimeUnit.SECONDS);
    }

    /** An article naming one person, who is also the speaker of its one quotation (between « and »). */
    private static Analysis withPerson(String source, String title, String name, String text) {
        int at = text.indexOf(name);
        int quoteStart = text.indexOf('«') + 1;
        int quoteEnd = text.indexOf('»');
        Entity person = new Entity(EntityType.PERSON, name, List.of(new Mention(0, at, at + name.length(), name)));
        Quote quote = Quote.inBlock(text.substring(quoteStart, quoteEnd), name, 0, quoteStart, quoteEnd);
        return new Analysis(
                new Article(
                        source,
                        title,
                        null,
                        null,
                        "c.example",
                        "ar",
                        TextDirection.RTL,
                        List.of(new Block(BlockType.PARAGRAPH, text, TextDirection.RTL)),
                        true),
                List.of(person),
                List.of(quote));
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void shutDownPool() {
        background.shutdownNow();
    }

    @Test
    void listsFiltersSearchesAndOpensFromTheStore(FxRobot robot) throws Exception {
        robot.interact(view::refresh);
        waitFor(() -> view.shownRows().size() == 5);

        robot.interact(() -> view.filterField().setText("a.example"));
        assertEquals(
                List.of("1", "3"),
                view.shownRows().stream().map(SavedArticle::source).sorted().toList());
        robot.interact(() -> view.filterField().setText(""));

        robot.interact(() -> {
            view.searchField().setText("المفاوضات");
            view.searchField().fireEvent(new javafx.event.ActionEvent());
        });
        waitFor(() -> view.hits().getItems().size() == 2 && view.hits().isVisible());
        List<SnippetView> snippets = robot.lookup(".library-snippet").queryAllAs(SnippetView.class).stream()
                .toList();
        assertEquals(2, snippets.size());
        for (SnippetView snippet : snippets) {
            assertTrue(
                    snippet.drawnMatchElements() > 0,
                    "a highlight drawn for " + snippet.snippet().text());
            assertEquals(
                    javafx.geometry.NodeOrientation.RIGHT_TO_LEFT,
                    ((javafx.scene.Parent) snippet)
                            .getChildrenUnmodifiable()
                            .get(1)
                            .getEffectiveNodeOrientation());
        }

        robot.interact(() -> view.searchField().setText(""));
        robot.interact(() -> {
            view.table().getSelectionModel().select(0);
            view.table().requestFocus();
        });
        long wanted = view.table().getSelectionModel().getSelectedItem().id();
        robot.type(KeyCode.ENTER);
        waitFor(() -> opened.get() != null);
        String title = view.table().getSelectionModel().getSelectedItem().title();
        assertEquals(title, opened.get().article().title());
        assertTrue(wanted > 0);
        assertEquals(List.of(), errors);
    }

    @Test
    void theEntityListCountsAPersonOnceAndListsTheirArticlesAndQuotations(FxRobot robot) throws Exception {
        robot.interact(() -> view.entitiesPane().refresh());
        waitFor(() -> !view.entitiesPane().names().getItems().isEmpty());
        EntitySummary first = view.entitiesPane().names().getItems().get(0);
        assertEquals(new EntitySummary(EntityType.PERSON, "سيرغي لافروف", 2), first);
        assertEquals(1, view.entitiesPane().names().getItems().size(), "«لافروف» is counted with «سيرغي لافروف»");

        robot.interact(() -> view.entitiesPane().names().getSelectionModel().select(0));
        waitFor(() -> view.entitiesPane().details().getItems().size() == 4);
        List<Object> details = view.entitiesPane().details().getItems();
        assertEquals(2, details.stream().filter(d -> d instanceof EntityArticle).count());
        assertEquals(
                List.of("سنواصل الحوار", "لا تنازل"),
                details.stream()
                        .filter(d -> d instanceof AttributedQuote)
                        .map(d -> ((AttributedQuote) d).text())
                        .toList());
        assertEquals(List.of(), errors);
    }

    /** A city and a newspaper of the same name are two rows of the names list, each with its kind's icon. */
    @Test
    void aPlaceAndAnOrganisationOfTheSameNameAreToldApartByTheirIcons(FxRobot robot) {
        List<EntitySummary> rows = List.of(
                new EntitySummary(EntityType.LOCATION, "الرياض", 3),
                new EntitySummary(EntityType.ORGANIZATION, "الرياض", 1));
        java.util.Map<EntityType, String> icons = new java.util.EnumMap<>(EntityType.class);
        robot.interact(() -> {
            // the names list's own cells, on a list holding the two rows
            javafx.scene.control.ListView<EntitySummary> list =
                    new javafx.scene.control.ListView<>(javafx.collections.FXCollections.observableList(rows));
            for (int i = 0; i < rows.size(); i++) {
                javafx.scene.control.ListCell<EntitySummary> cell =
                        view.entitiesPane().names().getCellFactory().call(list);
                cell.updateListView(list);
                cell.updateIndex(i);
                assertTrue(
                        cell.getGraphic() instanceof org.kordamp.ikonli.javafx.FontIcon, "an icon on " + rows.get(i));
                icons.put(
                        rows.get(i).type(), ((org.kordamp.ikonli.javafx.FontIcon) cell.getGraphic()).getIconLiteral());
                assertTrue(cell.getText().contains("الرياض"), cell.getText());
            }
        });
        assertEquals(2, icons.size());
        assertEquals(EntityKinds.iconLiteral(EntityType.LOCATION), icons.get(EntityType.LOCATION));
        assertEquals(EntityKinds.iconLiteral(EntityType.ORGANIZATION), icons.get(EntityType.ORGANIZATION));
        assertTrue(!icons.get(EntityType.LOCATION).equals(icons.get(EntityType.ORGANIZATION)));
    }

    @Test
    void theSidebarLinkCountsTheOtherSavedArticlesNamingAPerson(FxRobot robot) throws Exception {
        SavedElsewhereLink link =
                new SavedElsewhereLink(access, new I18n(Locale.ENGLISH), name -> {}); // not in a scene: any thread
        Entity shortName = new Entity(EntityType.PERSON, "لافروف", List.of(new Mention(0, 0, 6, "لافروف")));
        robot.interact(() -> link.showFor(shortName, "5"));
        waitFor(link::isVisible);
        assertEquals("In one other saved article", link.getText());

        robot.interact(() -> link.showFor(shortName, "not saved"));
        waitFor(() -> link.isVisible() && link.getText().contains("2"));
        assertEquals("In 2 other saved articles", link.getText());
    }
}
