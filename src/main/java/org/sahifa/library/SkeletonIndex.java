package org.sahifa.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored entities by the consonant skeleton of their family name ({@link EntityNames#familySkeleton}), kept in
 * memory so a cross-script look-up does not compute the skeleton of every stored name. Entity rows are only ever
 * added (ids grow), so bringing it up to date reads the rows after the last id seen; a row whose articles were all
 * saved again without it stays here and simply links to no article. No schema change: the database is not asked to
 * store skeletons, whose rules may still change.
 */
final class SkeletonIndex {
    /** A stored entity that may join across scripts. */
    record Candidate(long id, String type, String folded, EntityNames.NameParts parts) {}

    private final Connection db;
    /** By script, then by family skeleton: an Arabic name is compared with Latin ones only, and the other way. */
    private final Map<NameSkeleton.Script, Map<String, List<Candidate>>> bySkeleton =
            new java.util.EnumMap<>(NameSkeleton.Script.class);

    private long lastId;
    private long changesSeen = -1;

    SkeletonIndex(Connection db) {
        this.db = db;
    }

    /** Stored entities, in the other script, that {@code folded} joins ({@link EntityNames#sameAcrossScripts}). */
    List<Candidate> joining(String folded) throws SQLException {
        EntityNames.NameParts parts = EntityNames.NameParts.of(folded);
        if (parts == null) {
            return List.of();
        }
        update();
        NameSkeleton.Script other =
                parts.script() == NameSkeleton.Script.ARABIC ? NameSkeleton.Script.LATIN : NameSkeleton.Script.ARABIC;
        return bySkeleton
                .getOrDefault(other, Map.of())
                .getOrDefault(parts.family().consonants(), List.of())
                .stream()
                .filter(c -> EntityNames.joins(parts, c.parts()))
                .toList();
    }

    /**
     * Reads the entity rows added since the last look-up. The entity table is keyed by name, not id, so finding the
     * new rows scans it; the scan is skipped while this connection (the library's only writer) has changed nothing.
     */
    void update() throws SQLException {
        long changes = totalChanges();
        if (changes == changesSeen && lastId > 0) {
            return;
        }
        try (PreparedStatement s = db.prepareStatement("SELECT id, type, name FROM entity WHERE id > ?")) {
            s.setLong(1, lastId);
            long newest = lastId;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    newest = Math.max(newest, id);
                    String folded = EntityNames.fold(r.getString(3));
                    EntityNames.NameParts parts = EntityNames.NameParts.of(folded);
                    if (parts != null) {
                        bySkeleton
                                .computeIfAbsent(parts.script(), k -> new HashMap<>())
                                .computeIfAbsent(parts.family().consonants(), k -> new ArrayList<>())
                                .add(new Candidate(id, r.getString(2), folded, parts));
                    }
                }
            }
            lastId = newest;
        }
        changesSeen = changes;
    }

    private long totalChanges() throws SQLException {
        try (java.sql.Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT total_changes()")) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
