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
    private long largestId = -1; // read on first use in each save's transaction

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
     * Forgets the largest id read: at the start of each save's transaction (another Sahifa on the same library may
     * have added rows since; the transaction's write lock keeps it from adding more until the save commits) and
     * after a rollback.
     */
    void forget() {
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
