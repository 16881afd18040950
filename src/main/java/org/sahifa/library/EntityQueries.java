package org.sahifa.library;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sahifa.model.Analysis;
import org.sahifa.model.EntityType;
import org.sahifa.model.Quote;

/**
 * People, places and organisations across saved articles. A name the user gives matches every stored entity
 * whose name is the same after folding, ends with it («لافروف» finds «سيرغي لافروف»), or is the end of it
 * («سيرغي لافروف» finds articles that only say «لافروف»), or is written in the other script with the same consonant
 * skeleton ("Sergei Lavrov" finds «سيرغي لافروف» and «لافروف»); see {@link EntityNames}.
 */
final class EntityQueries {
    private final Connection db;
    private final ArticleStore articles;
    private final SkeletonIndex skeletons;

    EntityQueries(LibraryDatabase database, ArticleStore articles) {
        this.db = database.connection();
        this.articles = articles;
        this.skeletons = new SkeletonIndex(db);
    }

    /** Articles naming {@code name}, most mentions first. */
    List<EntityArticle> articlesMentioning(String name) throws SQLException {
        List<Long> ids = resolve(name);
        List<EntityArticle> articles = new ArrayList<>();
        if (ids.isEmpty()) {
            return articles;
        }
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT a.id, a.source, a.title, sum(ae.mentions) FROM article_entity ae JOIN article a ON a.id = ae.article_id"
                                + " WHERE ae.entity_id IN (" + joined(ids) + ") GROUP BY a.id ORDER BY 4 DESC, a.id")) {
            while (r.next()) {
                articles.add(new EntityArticle(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4)));
            }
        }
        return articles;
    }

    /**
     * Quotations attributed to {@code name} across the library, in the order the articles were saved. The rows hold
     * spans; the texts come from the articles' stored analyses, each read once.
     */
    List<AttributedQuote> quotesBy(String name) throws SQLException, IOException {
        List<Long> ids = resolve(name);
        List<AttributedQuote> quotes = new ArrayList<>();
        if (ids.isEmpty()) {
            return quotes;
        }
        Map<Long, Analysis> read = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT a.id, a.source, a.title, q.block, q.start, q.end_block, q.\"end\" FROM quote q"
                                + " JOIN article a ON a.id = q.article_id"
                                + " WHERE q.speaker_id IN (" + joined(ids) + ") ORDER BY a.id, q.rowid")) {
            while (r.next()) {
                long id = r.getLong(1);
                Analysis analysis =
                        read.containsKey(id) ? read.get(id) : articles.load(id).orElse(null);
                read.put(id, analysis);
                String text =
                        analysis == null ? null : textOf(analysis, r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7));
                if (text != null) {
                    quotes.add(new AttributedQuote(id, r.getString(2), r.getString(3), text));
                }
            }
        }
        return quotes;
    }

    private static String textOf(Analysis analysis, int block, int start, int endBlock, int end) {
        for (Quote q : analysis.quotes()) {
            if (q.block() == block && q.start() == start && q.endBlock() == endBlock && q.end() == end) {
                return q.text();
            }
        }
        return null;
    }

    /** Ids of the articles naming {@code name} as an entity of type {@code only} (null: any type), for search filters. */
    List<Long> articleIdsNaming(String name, EntityType only) throws SQLException {
        List<Long> entityIds = resolve(name, only);
        List<Long> articleIds = new ArrayList<>();
        if (entityIds.isEmpty()) {
            return articleIds;
        }
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT DISTINCT article_id FROM article_entity WHERE entity_id IN ("
                        + joined(entityIds) + ")")) {
            while (r.next()) {
                articleIds.add(r.getLong(1));
            }
        }
        return articleIds;
    }

    private List<Long> resolve(String name) throws SQLException {
        return resolve(name, null);
    }

    /** Ids of the stored entities that {@code name} stands for, of type {@code only} (null: any type). */
    private List<Long> resolve(String name, EntityType only) throws SQLException {
        String folded = EntityNames.fold(name);
        List<Long> ids = new ArrayList<>();
        if (folded.isEmpty()) {
            return ids;
        }
        try (PreparedStatement s = db.prepareStatement("SELECT id, name, type FROM entity WHERE last_word = ?")) {
            s.setString(1, EntityNames.lastWord(folded));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (only != null && !only.name().equals(r.getString(3))) {
                        continue;
                    }
                    String stored = EntityNames.fold(r.getString(2));
                    if (EntityNames.endsWith(stored, folded) || EntityNames.endsWith(folded, stored)) {
                        ids.add(r.getLong(1));
                    }
                }
            }
        }
        for (SkeletonIndex.Candidate other : skeletons.joining(folded)) {
            ids.add(other.id());
        }
        return ids;
    }

    /**
     * Every person, place and organisation with the number of articles naming it, most named first. A name that
     * is the end of exactly one longer name of the same type («لافروف», «سيرغي لافروف») is counted with it.
     */
    List<EntitySummary> summaries() throws SQLException {
        record Row(EntityType type, String name, String folded, int articles) {}
        Map<String, List<Row>> byLastWord = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT e.type, e.name, e.last_word, count(*) FROM entity e JOIN article_entity ae ON ae.entity_id = e.id"
                                + " GROUP BY e.id")) {
            while (r.next()) {
                EntityType type = EntityType.valueOf(r.getString(1));
                byLastWord
                        .computeIfAbsent(type + " " + r.getString(3), k -> new ArrayList<>())
                        .add(new Row(type, r.getString(2), EntityNames.fold(r.getString(2)), r.getInt(4)));
            }
        }
        Map<Row, Integer> entries = new HashMap<>();
        for (List<Row> group : byLastWord.values()) {
            for (Row row : group) {
                List<Row> longer = group.stream()
                        .filter(o -> o != row
                                && o.folded().length() > row.folded().length()
                                && EntityNames.endsWith(o.folded(), row.folded()))
                        .toList();
                Row into = longer.size() == 1 ? longer.get(0) : row;
                entries.merge(into, row.articles(), Integer::sum);
            }
        }
        joinAcrossScripts(entries, Row::type, Row::folded);
        List<EntitySummary> summaries = new ArrayList<>();
        entries.forEach((row, count) -> summaries.add(new EntitySummary(row.type(), row.name(), count)));
        summaries.sort(
                Comparator.comparingInt(EntitySummary::articles).reversed().thenComparing(EntitySummary::name));
        return summaries;
    }

    /**
     * Counts each Latin-script entry with the one Arabic entry of its type it joins ({@link
     * EntityNames#sameAcrossScripts}), «سيرغي لافروف» with "Sergei Lavrov"; one that joins several stays alone.
     */
    static <R> void joinAcrossScripts(
            Map<R, Integer> entries,
            java.util.function.Function<R, EntityType> type,
            java.util.function.Function<R, String> folded) {
        Map<String, List<R>> arabic = new HashMap<>();
        for (R entry : entries.keySet()) {
            String skeleton = EntityNames.familySkeleton(folded.apply(entry));
            if (!skeleton.isEmpty() && NameSkeleton.scriptOf(folded.apply(entry)) == NameSkeleton.Script.ARABIC) {
                arabic.computeIfAbsent(type.apply(entry) + " " + skeleton, k -> new ArrayList<>())
                        .add(entry);
            }
        }
        for (R entry : List.copyOf(entries.keySet())) {
            String name = folded.apply(entry);
            if (NameSkeleton.scriptOf(name) != NameSkeleton.Script.LATIN) {
                continue;
            }
            List<R> joined =
                    arabic.getOrDefault(type.apply(entry) + " " + EntityNames.familySkeleton(name), List.of()).stream()
                            .filter(a -> EntityNames.sameAcrossScripts(name, folded.apply(a)))
                            .toList();
            if (joined.size() == 1) {
                entries.merge(joined.get(0), entries.remove(entry), Integer::sum);
            }
        }
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Reads the stored names into the cross-script index now, so that the next look-up does not wait for it. */
    void prepare() throws SQLException {
        skeletons.update();
    }
}
