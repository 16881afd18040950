package org.sahifa.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sahifa.model.EntityType;

/**
 * The {@code entity} table: one row per (type, canonical name) across the library, keyed by the folded last word
 * first, so that one B-tree serves both finding a name when saving and finding every name ending in a word when
 * querying ({@link EntityQueries}). The table has no rowid; the {@code id} that links and quotations refer to is
 * given here, one more than the largest, and entity rows are never deleted.
 */
final class EntityRows {
    private final Connection db;
    private long largestId = -1; // read on first use; again after a rollback or another connection's commit
    private long dataVersion = -1;

    EntityRows(Connection db) {
        this.db = db;
    }

    /** The id of the entity row for this name, adding the row if there is none; null for a name that folds to nothing. */
    Long idOf(EntityType type, String name) throws SQLException {
        Long found = find(db, type, name);
        if (found != null || EntityNames.fold(name).isEmpty()) {
            return found;
        }
        if (largestId < 0) {
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM entity")) {
                r.next();
                largestId = r.getLong(1);
            }
        }
        try (PreparedStatement add =
                db.prepareStatement("INSERT INTO entity (last_word, type, name, id) VALUES (?, ?, ?, ?)")) {
            add.setString(1, EntityNames.lastWord(EntityNames.fold(name)));
            add.setString(2, type.name());
            add.setString(3, name);
            add.setLong(4, largestId + 1);
            add.executeUpdate();
        }
        return ++largestId;
    }

    /**
     * At the start of each save's transaction: forgets the largest id read when another connection (another Sahifa on
     * the same library) committed since this one last looked ({@code PRAGMA data_version}, which this connection's own
     * commits leave alone). Reading {@code max(id)} on every save instead cost 1.8 ms a save at 18,000 entities.
     */
    void beginSave() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("PRAGMA data_version")) {
            r.next();
            long version = r.getLong(1);
            if (version != dataVersion) {
                largestId = -1;
                dataVersion = version;
            }
        }
    }

    /** Forgets the largest id read, after a transaction that may have added rows was rolled back. */
    void rolledBack() {
        largestId = -1;
    }

    /** The id of the entity row for this name, or null. */
    static Long find(Connection db, EntityType type, String name) throws SQLException {
        String folded = EntityNames.fold(name);
        if (folded.isEmpty()) {
            return null;
        }
        try (PreparedStatement find =
                db.prepareStatement("SELECT id FROM entity WHERE last_word = ? AND type = ? AND name = ?")) {
            find.setString(1, EntityNames.lastWord(folded));
            find.setString(2, type.name());
            find.setString(3, name);
            try (ResultSet r = find.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }
}
