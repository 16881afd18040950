package org.sahifa.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.sahifa.model.Analysis;
import org.sahifa.model.Block;

/**
 * Packs and unpacks the article rows' stored analyses with the library's compression dictionary. A library gets
 * its dictionary once it holds {@link CompressionDictionary#SAMPLE_ARTICLES} articles: built from those, stored,
 * and every row packed again with it. Not thread-safe: {@link Library} serialises the calls.
 */
final class AnalysisPacking implements StoredAnalysis.Dictionaries {
    private static final Logger LOG = Logger.getLogger(AnalysisPacking.class.getName());

    private final Connection db;
    private final Map<Integer, byte[]> dictionaries = new HashMap<>();
    private CompressionDictionary current;

    AnalysisPacking(Connection db) throws SQLException {
        this.db = db;
        readDictionaries();
    }

    /** Reads the stored dictionaries; again later for one another Sahifa on the same library adopted meanwhile. */
    private void readDictionaries() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, bytes FROM compression_dictionary ORDER BY id")) {
            while (r.next()) {
                current = new CompressionDictionary(r.getInt(1), r.getBytes(2));
                dictionaries.put(current.id(), current.bytes());
            }
        }
    }

    byte[] pack(Analysis analysis) {
        return StoredAnalysis.pack(analysis, current);
    }

    Analysis unpack(byte[] packed, AnalysisRecord.Row row) throws IOException {
        return StoredAnalysis.unpack(packed, row, this);
    }

    @Override
    public byte[] bytes(int id) throws IOException {
        byte[] bytes = dictionaries.get(id);
        if (bytes == null) {
            try {
                readDictionaries();
            } catch (SQLException e) {
                throw new IOException("the compression dictionaries could not be read", e);
            }
            bytes = dictionaries.get(id);
        }
        if (bytes == null) {
            throw new IOException("the compression dictionary " + id + " of a stored analysis is missing");
        }
        return bytes;
    }

    /** The row columns an analysis record leaves out, from a result set holding them at {@code first}… */
    static AnalysisRecord.Row row(ResultSet r, int first) throws SQLException {
        return new AnalysisRecord.Row(
                r.getString(first), r.getString(first + 1), r.getString(first + 2), r.getString(first + 3));
    }

    /** Columns for {@link #row}, in its order. */
    static final String ROW_COLUMNS = "source, title, site, published";

    /**
     * Builds the dictionary when the library has none and is big enough, and packs every row again with it.
     * Runs in the caller's transaction. True if it did.
     */
    boolean adoptDictionaryIfDue() throws SQLException, IOException {
        if (current == null) {
            readDictionaries(); // in the save's write transaction: another Sahifa may have adopted one already
        }
        if (current != null || count() < CompressionDictionary.SAMPLE_ARTICLES) {
            return false;
        }
        List<String> sample = new ArrayList<>();
        try (PreparedStatement s =
                db.prepareStatement("SELECT analysis, " + ROW_COLUMNS + " FROM article ORDER BY id LIMIT ?")) {
            s.setInt(1, CompressionDictionary.SAMPLE_ARTICLES);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StringBuilder text = new StringBuilder();
                    for (Block block :
                            unpack(r.getBytes(1), row(r, 2)).article().blocks()) {
                        text.append(block.text()).append('\n');
                    }
                    sample.add(text.toString());
                }
            }
        }
        if (sample.size() < CompressionDictionary.SAMPLE_ARTICLES) {
            return false;
        }
        long started = System.nanoTime();
        byte[] bytes = CompressionDictionary.build(sample);
        try (PreparedStatement add = db.prepareStatement(
                "INSERT INTO compression_dictionary (bytes, created_at) VALUES (?, ?) RETURNING id")) {
            add.setBytes(1, bytes);
            add.setString(2, Instant.now().toString());
            try (ResultSet r = add.executeQuery()) {
                r.next();
                current = new CompressionDictionary(r.getInt(1), bytes);
            }
        }
        dictionaries.put(current.id(), bytes);
        int rows = repackAll();
        LOG.info(String.format(
                "Compression dictionary %d (%d bytes) built from %d articles; %d rows packed again in %.0f ms",
                current.id(), bytes.length, sample.size(), rows, (System.nanoTime() - started) / 1e6));
        return true;
    }

    private long count() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM article")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Packs every row not yet in the current form with the current dictionary; runs in the caller's transaction. */
    int repackAll() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM article ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        int wanted = current == null ? 0 : current.id();
        int repacked = 0;
        try (PreparedStatement get =
                        db.prepareStatement("SELECT analysis, " + ROW_COLUMNS + " FROM article WHERE id = ?");
                PreparedStatement put = db.prepareStatement("UPDATE article SET analysis = ? WHERE id = ?")) {
            for (long id : ids) {
                get.setLong(1, id);
                byte[] packed;
                AnalysisRecord.Row row;
                try (ResultSet r = get.executeQuery()) {
                    r.next();
                    packed = r.getBytes(1);
                    row = row(r, 2);
                }
                if (packed.length > 0
                        && packed[0] == StoredAnalysis.BINARY
                        && StoredAnalysis.dictionaryOf(packed) == wanted) {
                    continue;
                }
                Analysis analysis;
                try {
                    analysis = unpack(packed, row);
                } catch (IOException e) {
                    LOG.warning(
                            "Stored analysis of article " + id + " cannot be read; left as it is: " + e.getMessage());
                    continue;
                }
                put.setBytes(1, pack(analysis));
                put.setLong(2, id);
                put.executeUpdate();
                repacked++;
            }
        }
        return repacked;
    }

    /** Schema 3's quote rows (spans, no text) from every stored analysis. */
    private void fillQuoteRows() throws SQLException, IOException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, analysis, " + ROW_COLUMNS + " FROM article ORDER BY id")) {
            while (r.next()) {
                QuoteRows.insert(db, r.getLong(1), unpack(r.getBytes(2), row(r, 3)));
            }
        }
    }

    /** Schema 3's row rewrite: every stored analysis into the binary form, with a dictionary if the library is big enough. */
    static void migrate(Connection db) throws SQLException {
        try {
            AnalysisPacking packing = new AnalysisPacking(db);
            if (!packing.adoptDictionaryIfDue()) {
                packing.repackAll();
            }
            packing.fillQuoteRows();
        } catch (IOException e) {
            throw new SQLException("a stored analysis could not be read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }
}
