package org.sahifa.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;

/**
 * The Lucene index of the library, derived from the database. Each commit records the {@link ArabicSearchAnalyzer}
 * version and the last database revision it holds; an index that is missing, fails its checksums, or was made by
 * another analyser version is emptied on opening ({@link #rebuildReason()} says why) for {@link Library} to fill again.
 */
final class SearchIndex implements AutoCloseable {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String SITE = "site";
    static final String DATE = "date";
    static final String TAG = "tag";
    /**
     * The body: positions for phrases, no offsets (snippets re-analyse the top hits' text, read from the database;
     * offsets were a sixth of the index); the text itself is not stored.
     */
    private static final FieldType BODY_TYPE = bodyType();

    private static final String ANALYZER_KEY = "analyzer";
    /** Recorded beside the analyser version: which fields and index options the index was written with. */
    private static final String LAYOUT_KEY = "layout";
    /**
     * 2: the body without offsets, no entity fields (the entity filter goes through the database). 1, unrecorded:
     * offsets, and two fields per entity type.
     */
    static final String LAYOUT = "2";

    private static final String REVISION_KEY = "revision";
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /** Why an index was emptied on opening. */
    enum RebuildReason {
        MISSING,
        DAMAGED,
        OTHER_ANALYZER // or another layout (LAYOUT)
    }

    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final RebuildReason rebuildReason;
    private long revision;

    private SearchIndex(Directory directory, RebuildReason rebuildReason) throws IOException {
        this.directory = directory;
        this.rebuildReason = rebuildReason;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(
                        rebuildReason == null ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(32);
        this.writer = new IndexWriter(directory, config);
        String recorded = rebuildReason == null
                ? writer.getLiveCommitData() == null ? null : userData(writer).get(REVISION_KEY)
                : null;
        this.revision = recorded == null ? 0 : Long.parseLong(recorded);
        this.searchers = new SearcherManager(writer, null);
    }

    static SearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        RebuildReason reason = check(directory);
        if (reason != null) {
            LOG.info("Search index " + folder + " will be rebuilt: " + reason);
            clear(folder);
        }
        return new SearchIndex(directory, reason);
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }

    /** Null when the index can be used as it is. */
    private static RebuildReason check(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return RebuildReason.MISSING;
            }
            Map<String, String> recorded =
                    SegmentInfos.readLatestCommit(directory).getUserData();
            if (!String.valueOf(ArabicSearchAnalyzer.VERSION).equals(recorded.get(ANALYZER_KEY))
                    || !LAYOUT.equals(recorded.get(LAYOUT_KEY))) {
                return RebuildReason.OTHER_ANALYZER;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity(); // every file's checksum
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index is damaged", e);
            return RebuildReason.DAMAGED;
        }
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Map<String, String> userData(IndexWriter writer) {
        Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    RebuildReason rebuildReason() {
        return rebuildReason;
    }

    /** The last database revision this index holds. */
    long revision() {
        return revision;
    }

    int count() {
        return writer.getDocStats().numDocs;
    }

    /** Adds or replaces the article (by id). Seen by searches after {@link #refresh()}, kept after {@link #commit()}. */
    void put(long id, long articleRevision, Analysis analysis, String readAt, List<String> tags) throws IOException {
        Article article = analysis.article();
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.YES));
        doc.add(new TextField(TITLE, article.title() == null ? "" : article.title(), Field.Store.NO));
        doc.add(new Field(BODY, bodyText(article), BODY_TYPE));
        if (article.site() != null) {
            doc.add(new StringField(SITE, article.site(), Field.Store.NO));
        }
        String day = day(article.published(), readAt);
        if (day != null) {
            doc.add(new StringField(DATE, day, Field.Store.NO));
        }
        for (String tag : tags) {
            doc.add(new StringField(TAG, tag, Field.Store.NO));
        }
        writer.updateDocument(new Term(ID, Long.toString(id)), doc);
        revision = Math.max(revision, articleRevision);
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
        revision = 0;
    }

    /** Makes everything put so far durable, with the analyser version and revision it holds. */
    /** Merges the index into one segment and commits (worth it after a bulk import: fewer, smaller files). */
    void forceMerge() throws IOException {
        writer.forceMerge(1);
        commit();
    }

    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(
                        ANALYZER_KEY,
                        String.valueOf(ArabicSearchAnalyzer.VERSION),
                        LAYOUT_KEY,
                        LAYOUT,
                        REVISION_KEY,
                        Long.toString(revision))
                .entrySet());
        writer.commit();
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** The text that is searched and that snippets are cut from: the blocks, one per line. */
    static String bodyText(Article article) {
        StringBuilder body = new StringBuilder();
        for (Block block : article.blocks()) {
            body.append(block.text()).append('\n');
        }
        return body.toString();
    }

    private static String day(String published, String readAt) {
        if (published != null && published.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return published.substring(0, 10);
        }
        return readAt == null || readAt.length() < 10 ? null : readAt.substring(0, 10);
    }

    /** A ranked article id with its snippet. */
    record Ranked(long id, float score, Snippet snippet) {}

    /** The parsed query, or null when it has no searchable word (blank, or stop words only). */
    Query parse(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, BODY, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    /**
     * The best {@code limit} articles, best first, with snippets cut from the text {@code bodies} gives. The filter's
     * site, tag and dates narrow here; its entity is for the caller to turn into {@code onlyIds} (the articles the
     * database links to that entity), null for no such narrowing.
     */
    List<Ranked> search(
            Query query, SearchFilter filter, Collection<Long> onlyIds, int limit, StoreHighlighter.Bodies bodies)
            throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        addFilters(all, filter);
        if (onlyIds != null) {
            List<BytesRef> ids =
                    onlyIds.stream().map(id -> new BytesRef(Long.toString(id))).toList();
            all.add(new TermInSetQuery(ID, ids), BooleanClause.Occur.FILTER);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(all.build(), limit);
            int[] docIds = new int[top.scoreDocs.length];
            for (int i = 0; i < docIds.length; i++) {
                docIds[i] = top.scoreDocs[i].doc;
            }
            Object[] snippets = new StoreHighlighter(searcher, analyzer, bodies).snippets(BODY, query, docIds);
            StoredFields stored = searcher.storedFields();
            List<Ranked> ranked = new ArrayList<>(docIds.length);
            for (int i = 0; i < docIds.length; i++) {
                Snippet snippet = snippets[i] instanceof Snippet s ? s : new Snippet("", List.of());
                ranked.add(new Ranked(
                        Long.parseLong(stored.document(docIds[i]).get(ID)), top.scoreDocs[i].score, snippet));
            }
            return ranked;
        } finally {
            searchers.release(searcher);
        }
    }

    private static void addFilters(BooleanQuery.Builder all, SearchFilter filter) {
        if (filter.site() != null) {
            all.add(new TermQuery(new Term(SITE, filter.site())), BooleanClause.Occur.FILTER);
        }
        if (filter.tag() != null) {
            all.add(new TermQuery(new Term(TAG, filter.tag())), BooleanClause.Occur.FILTER);
        }
        if (filter.from() != null || filter.to() != null) {
            all.add(
                    TermRangeQuery.newStringRange(DATE, filter.from(), filter.to(), true, true),
                    BooleanClause.Occur.FILTER);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close(); // commits what was put and not yet committed
        } finally {
            directory.close();
        }
    }
}
