package org.sahifa.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/**
 * The {@code quote} rows of an article: each quotation attributed to a speaker the article names, as the speaker's
 * entity id and the quotation's span (its text is cut from the stored analysis when it is read, not kept twice).
 */
final class QuoteRows {
    private QuoteRows() {}

    /** Adds the article's attributed quotations; its entity rows must be saved already. */
    static void insert(Connection db, long articleId, Analysis analysis) throws SQLException {
        try (PreparedStatement add = db.prepareStatement(
                "INSERT INTO quote (article_id, speaker_id, block, start, end_block, \"end\") VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Quote q : analysis.quotes()) {
                Entity speaker = q.speaker() == null
                        ? null
                        : analysis.entities().stream()
                                .filter(e -> e.name().equals(q.speaker()))
                                .findFirst()
                                .orElse(null);
                if (speaker == null) {
                    continue;
                }
                Long speakerId = EntityRows.find(db, speaker.type(), speaker.name());
                if (speakerId == null) {
                    continue; // a name that folds to nothing has no entity row
                }
                add.setLong(2, speakerId);
                add.setLong(1, articleId);
                add.setInt(3, q.block());
                add.setInt(4, q.start());
                add.setInt(5, q.endBlock());
                add.setInt(6, q.end());
                add.executeUpdate();
            }
        }
    }
}
