package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.UnicodeCompressor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.analysis.AnalysisJson;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;

/**
 * A library written by schema 2 (the JSON form of the stored analyses, quotations with their text) opens after the
 * move to schema 3: its rows are rewritten as binary records with a dictionary built from its own articles, and
 * every article, search hit, entity and attributed quotation is still there.
 */
class SchemaTwoMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaTwoLibraryIsRewrittenAndLosesNothing() throws Exception {
        List<Analysis> saved = new ArrayList<>();
        for (int i = 0; i < CompressionDictionary.SAMPLE_ARTICLES + 20; i++) {
            saved.add(Articles.withPerson(
                    "https://example.org/" + i,
                    "خبر " + i,
                    "لافروف",
                    "سنواصل الحوار " + i,
                    "قال لافروف: «سنواصل الحوار " + i + "» مع الجانب الآخر في الأسابيع المقبلة رقم " + i + "."));
        }
        writeSchemaTwo(dir.resolve(LibraryDatabase.FILE_NAME), saved);

        try (Library library = Library.open(dir)) {
            assertEquals(saved.size(), library.list().size());
            for (int i = 0; i < saved.size(); i += 37) {
                assertEquals(saved.get(i), library.load(i + 1L).orElseThrow(), "article " + i);
            }
            assertEquals(saved.size(), library.quotesBy("لافروف").size());
            assertEquals("سنواصل الحوار 5", library.quotesBy("لافروف").get(5).text());
            assertEquals(saved.size(), library.articlesMentioning("لافروف").size());
            assertEquals(
                    "https://example.org/7",
                    library.search("\"الحوار 7\"", SearchFilter.NONE, 5).get(0).source());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(LibraryDatabase.FILE_NAME));
                Statement s = c.createStatement()) {
            ResultSet version = s.executeQuery("PRAGMA user_version");
            version.next();
            assertEquals(Schema.VERSION, version.getInt(1));
            ResultSet dictionaries = s.executeQuery("SELECT count(*), max(id) FROM compression_dictionary");
            dictionaries.next();
            assertEquals(1, dictionaries.getInt(1));
            int dictionary = dictionaries.getInt(2);
            ResultSet rows = s.executeQuery("SELECT analysis FROM article");
            while (rows.next()) {
                byte[] packed = rows.getBytes(1);
                assertEquals(StoredAnalysis.BINARY, packed[0]);
                assertEquals(dictionary, StoredAnalysis.dictionaryOf(packed));
            }
        }
    }

    /** What schema 2's ArticleStore wrote: migrations 1 and 2, the analysis JSON in SCSU deflated, quote texts. */
    private static void writeSchemaTwo(Path file, List<Analysis> analyses) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size=1024");
            s.execute("PRAGMA journal_mode=WAL");
            for (List<String> migration : Schema.MIGRATIONS.subList(0, 2)) {
                for (String sql : migration) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version=2");
            c.setAutoCommit(false);
            long revision = 0;
            for (Analysis analysis : analyses) {
                long id;
                try (PreparedStatement add = c.prepareStatement(
                        "INSERT INTO article (source, title, site, published, read_at, word_count, revision, analysis)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                    add.setString(1, analysis.article().source());
                    add.setString(2, analysis.article().title());
                    add.setString(3, analysis.article().site());
                    add.setString(4, analysis.article().published());
                    add.setString(5, "2026-01-01T00:00:00Z");
                    add.setInt(6, analysis.article().wordCount());
                    add.setLong(7, ++revision);
                    add.setBytes(8, schemaTwoForm(analysis));
                    ResultSet r = add.executeQuery();
                    r.next();
                    id = r.getLong(1);
                }
                for (Entity entity : analysis.entities()) {
                    String folded = EntityNames.fold(entity.name());
                    s.execute("INSERT INTO entity (type, name, folded, last_word) VALUES ('" + entity.type() + "', '"
                            + entity.name() + "', '" + folded + "', '" + EntityNames.lastWord(folded)
                            + "') ON CONFLICT DO NOTHING");
                    s.execute("INSERT INTO article_entity (article_id, entity_id, mentions) SELECT " + id + ", id, "
                            + entity.mentions().size() + " FROM entity WHERE name = '" + entity.name() + "'");
                    s.execute("INSERT INTO quote (article_id, speaker_id, text) SELECT " + id + ", id, '"
                            + analysis.quotes().get(0).text() + "' FROM entity WHERE name = '" + entity.name() + "'");
                }
            }
            c.commit();
        }
    }

    private static byte[] schemaTwoForm(Analysis analysis) {
        ObjectNode tree = AnalysisJson.toTree(analysis);
        for (JsonNode entity : tree.path("entities")) {
            for (JsonNode mention : entity.path("mentions")) {
                ((ObjectNode) mention).remove("text");
            }
        }
        for (JsonNode quote : tree.path("quotes")) {
            ((ObjectNode) quote).remove("text");
        }
        byte[] deflated = StoredAnalysis.deflate(UnicodeCompressor.compress(tree.toString()));
        byte[] marked = new byte[deflated.length + 1];
        marked[0] = 1;
        System.arraycopy(deflated, 0, marked, 1, deflated.length);
        assertTrue(marked.length > 10);
        return marked;
    }
}
