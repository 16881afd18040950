package org.sahifa.library;

import java.util.List;

/**
 * The database schema as a list of migrations: migration {@code n} (1-based) takes a database from version
 * {@code n - 1} to {@code n}. The version is SQLite's {@code PRAGMA user_version}. Never edit a released
 * migration; append a new one.
 */
final class Schema {
    static final List<List<String>> MIGRATIONS = List.of(
            // 1: articles, originals, tags, entities and quotations across articles
            List.of(
                    """
                    CREATE TABLE article (
                      id INTEGER PRIMARY KEY,
                      source TEXT NOT NULL UNIQUE,
                      title TEXT NOT NULL,
                      site TEXT,
                      published TEXT,
                      read_at TEXT NOT NULL,
                      word_count INTEGER NOT NULL,
                      revision INTEGER NOT NULL,
                      analysis BLOB NOT NULL)""",
                    "CREATE INDEX article_by_revision ON article(revision)",
                    """
                    CREATE TABLE original (
                      article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                      kind TEXT NOT NULL,
                      charset TEXT,
                      bytes BLOB NOT NULL)""",
                    """
                    CREATE TABLE tag (
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      name TEXT NOT NULL,
                      PRIMARY KEY (article_id, name)) WITHOUT ROWID""",
                    """
                    CREATE TABLE entity (
                      id INTEGER PRIMARY KEY,
                      type TEXT NOT NULL,
                      name TEXT NOT NULL,
                      folded TEXT NOT NULL,
                      last_word TEXT NOT NULL,
                      UNIQUE (type, name))""",
                    "CREATE INDEX entity_by_last_word ON entity(last_word)",
                    """
                    CREATE TABLE article_entity (
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      entity_id INTEGER NOT NULL REFERENCES entity(id),
                      mentions INTEGER NOT NULL,
                      PRIMARY KEY (article_id, entity_id)) WITHOUT ROWID""",
                    "CREATE INDEX article_entity_by_entity ON article_entity(entity_id)",
                    """
                    CREATE TABLE quote (
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      speaker_id INTEGER NOT NULL REFERENCES entity(id),
                      text TEXT NOT NULL)""",
                    "CREATE INDEX quote_by_speaker ON quote(speaker_id)"),
            // 2: highlights with optional notes
            List.of("""
                    CREATE TABLE highlight (
                      id INTEGER PRIMARY KEY,
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      block INTEGER NOT NULL,
                      start INTEGER NOT NULL,
                      end_block INTEGER NOT NULL,
                      "end" INTEGER NOT NULL,
                      note TEXT,
                      created_at TEXT NOT NULL)""", "CREATE INDEX highlight_by_article ON highlight(article_id)"),
            // 3: stored analyses as binary records, deflated with a dictionary built from the library's own articles
            // (the rows are rewritten after these statements: see ROW_REWRITES)
            List.of(
                    """
                    CREATE TABLE compression_dictionary (
                      id INTEGER PRIMARY KEY,
                      bytes BLOB NOT NULL,
                      created_at TEXT NOT NULL)""",
                    // a quotation's text is a span of its article: kept once, in the stored analysis
                    "DROP TABLE quote",
                    """
                    CREATE TABLE quote (
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      speaker_id INTEGER NOT NULL,
                      block INTEGER NOT NULL,
                      start INTEGER NOT NULL,
                      end_block INTEGER NOT NULL,
                      "end" INTEGER NOT NULL)""",
                    // entities keyed by (folded last word, type, name), no rowid: one B-tree instead of a table and
                    // two indexes; links and quotations keep the id without a foreign key (entity rows are never
                    // deleted; a foreign key needs a unique index on id). Runs with foreign keys off.
                    """
                    CREATE TABLE entity_by_name (
                      last_word TEXT NOT NULL,
                      type TEXT NOT NULL,
                      name TEXT NOT NULL,
                      id INTEGER NOT NULL,
                      PRIMARY KEY (last_word, type, name)) WITHOUT ROWID""",
                    "INSERT INTO entity_by_name (last_word, type, name, id) SELECT last_word, type, name, id FROM entity",
                    """
                    CREATE TABLE article_entity_by_id (
                      entity_id INTEGER NOT NULL,
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      mentions INTEGER NOT NULL,
                      PRIMARY KEY (entity_id, article_id)) WITHOUT ROWID""",
                    // keyed by entity (the entity query's order) and no second index by article: a second save of
                    // a source deletes its links through the entities of its previous analysis (ArticleStore)
                    """
                    INSERT INTO article_entity_by_id (entity_id, article_id, mentions)
                    SELECT entity_id, article_id, mentions FROM article_entity""",
                    "DROP TABLE article_entity",
                    "DROP TABLE entity",
                    "ALTER TABLE entity_by_name RENAME TO entity",
                    "ALTER TABLE article_entity_by_id RENAME TO article_entity",
                    "CREATE INDEX quote_by_speaker ON quote(speaker_id)"));

    /** Work on the rows that a migration needs after its statements, in the same transaction, by version. */
    static final java.util.Map<Integer, RowRewrite> ROW_REWRITES = java.util.Map.of(3, AnalysisPacking::migrate);

    /** Rewrites rows inside a migration's transaction. */
    interface RowRewrite {
        void apply(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** The version this Sahifa writes and the newest it reads. */
    static final int VERSION = MIGRATIONS.size();

    private Schema() {}
}
