package org.sahifa.library;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;

/**
 * The {@code highlight} rows: adding one (its span checked against the article's blocks), listing an article's or
 * the whole library's in reading order, deleting one. The text of a highlight is not stored; it is cut from the
 * article's blocks on reading. Not thread-safe: {@link Library} serialises the calls.
 */
final class HighlightStore {
    private final Connection db;
    private final ArticleStore articles;

    HighlightStore(LibraryDatabase database, ArticleStore articles) {
        this.db = database.connection();
        this.articles = articles;
    }

    /** Adds a highlight; empty when the article is not in the library. */
    Optional<Highlight> add(long articleId, int block, int start, int endBlock, int end, String note, Instant created)
            throws SQLException, IOException {
        Optional<Analysis> analysis = articles.load(articleId);
        if (analysis.isEmpty()) {
            return Optional.empty();
        }
        Article article = analysis.get().article();
        checkSpan(article.blocks(), block, start, endBlock, end);
        String kept = note == null || note.isBlank() ? null : note.strip();
        long id;
        try (PreparedStatement add = db.prepareStatement(
                "INSERT INTO highlight (article_id, block, start, end_block, \"end\", note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " RETURNING id")) {
            add.setLong(1, articleId);
            add.setInt(2, block);
            add.setInt(3, start);
            add.setInt(4, endBlock);
            add.setInt(5, end);
            add.setString(6, kept);
            add.setString(7, created.toString());
            try (ResultSet r = add.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        return Optional.of(new Highlight(
                id,
                articleId,
                article.source(),
                article.title(),
                block,
                start,
                endBlock,
                end,
                textOf(article.blocks(), block, start, endBlock, end),
                kept,
                created));
    }

    /** Throws {@link IllegalArgumentException} unless the span is a non-empty range inside the blocks. */
    static void checkSpan(List<Block> blocks, int block, int start, int endBlock, int end) {
        boolean inside = block >= 0
                && endBlock < blocks.size()
                && block <= endBlock
                && start >= 0
                && start <= blocks.get(block).text().length()
                && end >= 0
                && end <= blocks.get(endBlock).text().length()
                && (block < endBlock || start < end);
        if (!inside) {
            throw new IllegalArgumentException("The highlight (" + block + ":" + start + " to " + endBlock + ":" + end
                    + ") is not inside the article's text.");
        }
    }

    /** The highlighted text; blocks after the first are joined by a blank line, as paragraphs. */
    static String textOf(List<Block> blocks, int block, int start, int endBlock, int end) {
        if (block == endBlock) {
            return blocks.get(block).text().substring(start, end);
        }
        StringBuilder text = new StringBuilder(blocks.get(block).text().substring(start));
        for (int b = block + 1; b < endBlock; b++) {
            text.append("\n\n").append(blocks.get(b).text());
        }
        return text.append("\n\n").append(blocks.get(endBlock).text(), 0, end).toString();
    }

    /** One article's highlights in reading order. */
    List<Highlight> of(long articleId) throws SQLException, IOException {
        return read("WHERE h.article_id = " + articleId);
    }

    /** Every highlight in the library, by article (most recently read first), then in reading order. */
    List<Highlight> all() throws SQLException, IOException {
        return read("");
    }

    private List<Highlight> read(String where) throws SQLException, IOException {
        record Row(
                long id, long articleId, int block, int start, int endBlock, int end, String note, Instant created) {}
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                        "SELECT h.id, h.article_id, h.block, h.start, h.end_block, h.\"end\", h.note,"
                                + " h.created_at FROM highlight h JOIN article a ON a.id = h.article_id " + where
                                + " ORDER BY a.read_at DESC, a.id DESC, h.block, h.start, h.id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(
                        r.getLong(1),
                        r.getLong(2),
                        r.getInt(3),
                        r.getInt(4),
                        r.getInt(5),
                        r.getInt(6),
                        r.getString(7),
                        Instant.parse(r.getString(8))));
            }
        }
        Map<Long, Article> loaded = new HashMap<>();
        List<Highlight> highlights = new ArrayList<>();
        for (Row row : rows) {
            Article article = loaded.get(row.articleId());
            if (article == null) {
                article = articles.load(row.articleId()).orElseThrow().article();
                loaded.put(row.articleId(), article);
            }
            List<Block> blocks = article.blocks();
            // a later save of the same source may have changed the blocks: a span no longer inside is skipped
            if (row.endBlock() >= blocks.size()
                    || row.end() > blocks.get(row.endBlock()).text().length()
                    || row.start() > blocks.get(row.block()).text().length()) {
                continue;
            }
            highlights.add(new Highlight(
                    row.id(),
                    row.articleId(),
                    article.source(),
                    article.title(),
                    row.block(),
                    row.start(),
                    row.endBlock(),
                    row.end(),
                    textOf(blocks, row.block(), row.start(), row.endBlock(), row.end()),
                    row.note(),
                    row.created()));
        }
        return highlights;
    }

    /** Replaces one highlight's note (blank removes it); false when there was none with that id. */
    boolean setNote(long id, String note) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE highlight SET note = ? WHERE id = ?")) {
            s.setString(1, note == null || note.isBlank() ? null : note.strip());
            s.setLong(2, id);
            return s.executeUpdate() == 1;
        }
    }

    /** Deletes one highlight; false when there was none with that id. */
    boolean delete(long id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("DELETE FROM highlight WHERE id = ?")) {
            s.setLong(1, id);
            return s.executeUpdate() == 1;
        }
    }
}
