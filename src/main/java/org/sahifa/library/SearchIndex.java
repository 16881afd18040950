package org.sahifa.library;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
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

    /** How long a write waits for another Sahifa (another window, the CLI) to let go of the index. */
    static final Duration LOCK_PATIENCE = Duration.ofSeconds(20);

    /** How often a write that found the lock held tries again. */
    static final Duration LOCK_POLL = Duration.ofMillis(25);

    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private final Directory directory;
    private final RebuildReason rebuildReason;
    /** How long a write waits for the lock: {@link #LOCK_PATIENCE}, shorter in tests. */
    private final Duration patience;
    /**
     * Open only while this process writes (see {@link #release()}): another Sahifa on the same folder takes the
     * index's one write lock in turn, instead of finding it held for this whole session.
     */
    private IndexWriter writer;
    /** When {@link #writer} was opened ({@code System.nanoTime}); meaningless while it is null. */
    private long writerOpened;
    /** The reader searches use: the writer's (it sees puts not yet committed) while it is open, else the last commit. */
    private DirectoryReader reader;
    /** Whether the next writer starts the index afresh (it was missing, damaged or of another analyser). */
    private boolean create;

    private long revision;

    private SearchIndex(Directory directory, RebuildReason rebuildReason, Duration patience) throws IOException {
        this.directory = directory;
        this.patience = patience;
        this.rebuildReason = rebuildReason;
        this.create = rebuildReason != null;
        String recorded = create ? null : committed(directory).get(REVISION_KEY);
        this.revision = recorded == null ? 0 : Long.parseLong(recorded);
    }

    static SearchIndex open(Path folder) throws IOException {
        return open(folder, LOCK_PATIENCE);
    }

    static SearchIndex open(Path folder, Duration patience) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            RebuildReason reason = check(directory);
            if (reason != null) {
                // only under the write lock: another Sahifa may be writing its first commit into this folder now
                try (Lock lock = obtainLock(directory, patience)) {
                    reason = check(directory);
                    if (reason != null) {
                        LOG.info("Search index " + folder + " will be rebuilt: " + reason);
                        clear(folder);
                    }
                }
            }
            return new SearchIndex(directory, reason, patience);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Takes the index's write lock, waiting up to {@code patience} for another process (or another
     * {@code Library} in this one) that holds it; {@link LockObtainFailedException} when it is still held.
     */
    private static Lock obtainLock(Directory directory, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(LOCK_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the search index's lock");
        }
    }

    /** The open writer, opened now (waiting for the lock) if this process holds none. */
    private IndexWriter writer() throws IOException {
        if (writer != null) {
            return writer;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(32);
            try {
                writer = new IndexWriter(directory, config);
                writerOpened = System.nanoTime();
                break;
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
        if (!create) { // what the index holds now, another process's commits included
            String recorded =
                    writer.getLiveCommitData() == null ? null : userData(writer).get(REVISION_KEY);
            revision = Math.max(revision, recorded == null ? 0 : Long.parseLong(recorded));
        }
        create = false;
        closeReader(); // searches go through the writer's reader from now on
        return writer;
    }

    /** Commits and closes the writer, letting another Sahifa write; the next put opens it again. */
    void release() throws IOException {
        if (writer == null) {
            return;
        }
        commit();
        closeReader(); // the writer's reader dies with it
        IndexWriter closing = writer;
        writer = null;
        closing.close();
    }

    boolean holdsWriter() {
        return writer != null;
    }

    /** How long this process has held the writer, without a break; zero when it holds none. */
    Duration heldFor() {
        return writer == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - writerOpened);
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            DirectoryReader closing = reader;
            reader = null;
            closing.close();
        }
    }

    private static Map<String, String> committed(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData()
                : Map.of();
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
                if (Files.isRegularFile(file) && !file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
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

    /** Articles in the last commit (any process's), without taking the write lock. */
    int committedCount() throws IOException {
        DirectoryReader current = writer == null ? reader() : null;
        return current == null ? (writer == null ? 0 : writer.getDocStats().numDocs) : current.numDocs();
    }

    /** Articles in the index, with this process's puts not yet committed. */
    int count() throws IOException {
        return writer().getDocStats().numDocs;
    }

    /** Adds or replaces the article (by id). Opens the writer if needed; seen by this process's searches at once, by others' after {@link #release()}. */
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
        writer().updateDocument(new Term(ID, Long.toString(id)), doc);
        revision = Math.max(revision, articleRevision);
    }

    void deleteAll() throws IOException {
        writer().deleteAll();
        revision = 0;
    }

    /** Makes everything put so far durable, with the analyser version and revision it holds. */
    /** Merges the index into one segment and commits (worth it after a bulk import: fewer, smaller files). */
    void forceMerge() throws IOException {
        writer().forceMerge(1);
        commit();
    }

    /** Makes this process's puts durable; nothing to do when it holds no writer. */
    void commit() throws IOException {
        if (writer == null) {
            return;
        }
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

    /**
     * The reader brought up to date: with this process's puts while it writes, else with the last commit of any
     * process (another window's saves show here). Null while no commit exists.
     */
    private DirectoryReader reader() throws IOException {
        if (reader == null) {
            if (writer != null) {
                reader = DirectoryReader.open(writer);
            } else if (DirectoryReader.indexExists(directory)) {
                reader = DirectoryReader.open(directory);
            }
        } else {
            DirectoryReader newer = writer != null
                    ? DirectoryReader.openIfChanged(reader, writer)
                    : DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        return reader;
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
        DirectoryReader current = reader();
        if (current == null) {
            return List.of();
        }
        IndexSearcher searcher = new IndexSearcher(current);
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
            ranked.add(new Ranked(Long.parseLong(stored.document(docIds[i]).get(ID)), top.scoreDocs[i].score, snippet));
        }
        return ranked;
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
            release();
            closeReader();
        } finally {
            directory.close();
        }
    }
}
