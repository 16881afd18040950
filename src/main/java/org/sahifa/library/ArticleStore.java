package org.sahifa.library;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Entity;

/**
 * The rows of the library: saving an analysed article (one transaction: the article, its original, its
 * entities and attributed quotations), reading it back, and listing. Saving a source that is already there
 * updates that row and keeps its tags. Every save takes the next {@code revision}, which the search index
 * records to know how far it is up to date. Not thread-safe: {@link Library} serialises the calls.
 */
final class ArticleStore {
    private final Connection db;
    private final AnalysisPacking packing;
    private final EntityRows entityRows;

    ArticleStore(LibraryDatabase database) throws SQLException {
        this.db = database.connection();
        this.packing = new AnalysisPacking(db);
        this.entityRows = new EntityRows(db);
    }

    /** A saved row's id and the revision it was written at. */
    record Saved(long id, long revision) {}

    /** What the search index needs of an article. */
    record ForIndex(long id, long revision, Analysis analysis, String readAt, List<String> tags) {}

    Saved save(Analysis analysis, Original original, Instant readAt) throws SQLException, IOException {
        Article article = analysis.article();
        db.setAutoCommit(false);
        try {
            entityRows.beginSave();
            long revision = maxRevision() + 1;
            Optional<Long> existing = idOf(article.source());
            if (existing.isPresent()) {
                deleteLinks(existing.get());
            }
            long id;
            try (PreparedStatement upsert = db.prepareStatement("""
                    INSERT INTO article (source, title, site, published, read_at, word_count, revision, analysis)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (source) DO UPDATE SET title = excluded.title, site = excluded.site,
                      published = excluded.published, read_at = excluded.read_at, word_count = excluded.word_count,
                      revision = excluded.revision, analysis = excluded.analysis
                    RETURNING id""")) {
                upsert.setString(1, article.source());
                upsert.setString(2, article.title() == null ? "" : article.title());
                upsert.setString(3, article.site());
                upsert.setString(4, article.published());
                upsert.setString(5, readAt.toString());
                upsert.setInt(6, article.wordCount());
                upsert.setLong(7, revision);
                upsert.setBytes(8, packing.pack(analysis));
                try (ResultSet r = upsert.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            saveOriginal(id, original);
            saveEntities(id, analysis);
            packing.adoptDictionaryIfDue();
            db.commit();
            return new Saved(id, revision);
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            entityRows.rolledBack();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private void saveOriginal(long id, Original original) throws SQLException {
        try (PreparedStatement put = db.prepareStatement(
                "INSERT OR REPLACE INTO original (article_id, kind, charset, bytes) VALUES (?, ?, ?, ?)")) {
            put.setLong(1, id);
            put.setString(2, original.kind());
            put.setString(3, original.charset());
            put.setBytes(4, StoredAnalysis.deflate(original.bytes()));
            put.executeUpdate();
        }
    }

    /**
     * Removes a saved article's entity links before it is saved again. The links are keyed by entity first (what the
     * entity query reads), so they are found through the entities of the analysis stored before; only when that
     * cannot be read are all links scanned.
     */
    private void deleteLinks(long id) throws SQLException {
        Optional<Analysis> previous;
        try {
            previous = load(id);
        } catch (IOException e) {
            previous = Optional.empty();
        }
        if (previous.isEmpty()) {
            try (Statement scan = db.createStatement()) {
                scan.executeUpdate("DELETE FROM article_entity WHERE article_id = " + id);
            }
            return;
        }
        try (PreparedStatement delete =
                db.prepareStatement("DELETE FROM article_entity WHERE entity_id = ? AND article_id = ?")) {
            for (Entity entity : previous.get().entities()) {
                Long entityId = EntityRows.find(db, entity.type(), entity.name());
                if (entityId != null) {
                    delete.setLong(1, entityId);
                    delete.setLong(2, id);
                    delete.executeUpdate();
                }
            }
        }
    }

    /** Adds the article's entity and quotation rows (its old ones are gone); a new name gets an entity row of its own. */
    private void saveEntities(long id, Analysis analysis) throws SQLException {
        try (Statement clear = db.createStatement()) {
            clear.executeUpdate("DELETE FROM quote WHERE article_id = " + id);
        }
        try (PreparedStatement link =
                db.prepareStatement("INSERT INTO article_entity (article_id, entity_id, mentions) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions")) {
            for (Entity entity : analysis.entities()) {
                Long entityId = entityRows.idOf(entity.type(), entity.name());
                if (entityId == null) {
                    continue;
                }
                link.setLong(1, id);
                link.setLong(2, entityId);
                link.setInt(3, entity.mentions().size());
                link.executeUpdate();
            }
        }
        QuoteRows.insert(db, id, analysis);
    }

    Optional<Long> idOf(String source) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM article WHERE source = ?")) {
            find.setString(1, source);
            try (ResultSet r = find.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    Optional<Analysis> load(long id) throws SQLException, IOException {
        try (PreparedStatement get =
                db.prepareStatement("SELECT analysis, " + AnalysisPacking.ROW_COLUMNS + " FROM article WHERE id = ?")) {
            get.setLong(1, id);
            try (ResultSet r = get.executeQuery()) {
                return r.next()
                        ? Optional.of(packing.unpack(r.getBytes(1), AnalysisPacking.row(r, 2)))
                        : Optional.empty();
            }
        }
    }

    Optional<Original> original(long id) throws SQLException, IOException {
        try (PreparedStatement get =
                db.prepareStatement("SELECT kind, charset, bytes FROM original WHERE article_id = ?")) {
            get.setLong(1, id);
            try (ResultSet r = get.executeQuery()) {
                return r.next()
                        ? Optional.of(
                                new Original(r.getString(1), r.getString(2), StoredAnalysis.inflate(r.getBytes(3))))
                        : Optional.empty();
            }
        }
    }

    /** Every saved article, most recently read first. */
    List<SavedArticle> list() throws SQLException {
        Map<Long, List<String>> tags = allTags();
        List<SavedArticle> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT id, source, title, site, published, read_at, word_count FROM article ORDER BY read_at DESC, id DESC")) {
            while (r.next()) {
                long id = r.getLong(1);
                rows.add(new SavedArticle(
                        id,
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getInt(7),
                        tags.getOrDefault(id, List.of())));
            }
        }
        return rows;
    }

    private Map<Long, List<String>> allTags() throws SQLException {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT article_id, name FROM tag ORDER BY name")) {
            while (r.next()) {
                tags.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        return tags;
    }

    List<String> tags(long id) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT name FROM tag WHERE article_id = ? ORDER BY name")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tags.add(r.getString(1));
                }
            }
        }
        return tags;
    }

    /** Replaces the article's tags and gives it a new revision, so the index picks the change up. */
    long setTags(long id, List<String> tags) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement clear = db.prepareStatement("DELETE FROM tag WHERE article_id = ?");
                PreparedStatement add =
                        db.prepareStatement("INSERT OR IGNORE INTO tag (article_id, name) VALUES (?, ?)");
                PreparedStatement bump = db.prepareStatement("UPDATE article SET revision = ? WHERE id = ?")) {
            clear.setLong(1, id);
            clear.executeUpdate();
            for (String tag : tags) {
                if (!tag.isBlank()) {
                    add.setLong(1, id);
                    add.setString(2, tag.strip());
                    add.executeUpdate();
                }
            }
            long revision = maxRevision() + 1;
            bump.setLong(1, revision);
            bump.setLong(2, id);
            bump.executeUpdate();
            db.commit();
            return revision;
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    long maxRevision() throws SQLException {
        return single("SELECT coalesce(max(revision), 0) FROM article");
    }

    long count() throws SQLException {
        return single("SELECT count(*) FROM article");
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Articles written after {@code revision}, oldest first, handed one at a time to {@code sink}. */
    void changedSince(long revision, IndexSink sink) throws SQLException, IOException {
        try (PreparedStatement s = db.prepareStatement("SELECT id, revision, analysis, read_at, "
                + AnalysisPacking.ROW_COLUMNS + " FROM article WHERE revision > ? ORDER BY revision")) {
            s.setLong(1, revision);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    sink.accept(new ForIndex(
                            id,
                            r.getLong(2),
                            packing.unpack(r.getBytes(3), AnalysisPacking.row(r, 5)),
                            r.getString(4),
                            tags(id)));
                }
            }
        }
    }

    interface IndexSink {
        void accept(ForIndex article) throws IOException;
    }
}
