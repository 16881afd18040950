package org.sahifa.library;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.LockObtainFailedException;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;

/**
 * The reader's library in a folder: {@code library.db} (SQLite, the system of record) and {@code library-index/}
 * (Lucene, derived). Opening brings the index up to date with the database: it is rebuilt when missing, damaged
 * or made by another analyser version, and catches up with articles saved after its last commit (after a crash).
 * Methods are synchronised; call them off the UI thread. Several {@code Library} objects, in one process or in
 * several (two windows, the CLI), may use one folder at once: SQLite waits for the other's transaction, and the
 * index's writer is held only while writing (let go at once after a save on its own, {@link #WRITER_IDLE} after a run's
 * last, every {@link #WRITER_TURN} through a bulk import), a write waiting up to {@link SearchIndex#LOCK_PATIENCE}.
 *
 * <pre>{@code
 * try (Library library = Library.open(LogSetup.dataDirectory())) {
 *     library.save(analysis, original);
 *     List<SearchHit> hits = library.search("المفاوضات", SearchFilter.NONE, 20);
 * }
 * }</pre>
 */
public final class Library implements AutoCloseable {
    public static final String INDEX_FOLDER = "library-index";
    /** Index changes are committed after this many saves (and on close); the database always commits at once. */
    static final int SAVES_PER_INDEX_COMMIT = 200;

    /** The index's writer is let go this long after the last write (see {@link #releaseIfIdle()}). */
    static final Duration WRITER_IDLE = Duration.ofMillis(500);

    /**
     * A writer held this long through a run of saves (a bulk import) is let go after the next save, so that another
     * Sahifa's write, waiting up to {@link SearchIndex#LOCK_PATIENCE}, gets its turn.
     */
    static final Duration WRITER_TURN = Duration.ofSeconds(1);

    /**
     * After letting go for a turn, this process's next save waits this long first: more than two of another's lock
     * polls ({@link SearchIndex#LOCK_POLL}), so that a waiting write takes the lock before this one takes it back.
     */
    static final Duration TURN_PAUSE = Duration.ofMillis(60);

    private static final Logger LOG = Logger.getLogger(Library.class.getName());
    /** One daemon thread for every library of the process: times the letting go of idle index writers. */
    private static final ScheduledExecutorService RELEASER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sahifa-library-release");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Where the letting go itself runs: it waits for the library's monitor, which a save waiting for another's lock
     * holds for up to {@link SearchIndex#LOCK_PATIENCE}; on {@link #RELEASER}'s one thread that wait would hold up every
     * other library's release, that other's among them (two libraries on one folder in one process met it).
     */
    private static final ExecutorService RELEASE_WORK = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "sahifa-library-release-work");
        thread.setDaemon(true);
        return thread;
    });

    private final LibraryDatabase database;
    private final ArticleStore store;
    private final EntityQueries entities;
    private final HighlightStore highlights;
    private final SearchIndex index;
    private final Clock clock;
    private final List<LibraryNotice> notices = new ArrayList<>();
    private int uncommitted;
    private long lastWrite;
    /** Whether {@link #lastWrite} was set: {@code System.nanoTime} may be any value, negative too. */
    private boolean wroteBefore;
    /** Revision after which saves may be missing from the index (their index write met a lock); MAX_VALUE: none. */
    private long missedSince = Long.MAX_VALUE;

    private boolean releaseScheduled;
    /** Until when ({@code System.nanoTime}) this library leaves the index to others after a turn; see {@link #TURN_PAUSE}. */
    private long turnGivenUntil;

    private boolean closed;

    private Library(LibraryDatabase database, SearchIndex index, Clock clock) throws SQLException {
        this.database = database;
        this.store = new ArticleStore(database);
        this.entities = new EntityQueries(database, store);
        this.highlights = new HighlightStore(database, store);
        this.index = index;
        this.clock = clock;
    }

    /** Opens the library in {@code folder}, creating it if needed. */
    public static Library open(Path folder) throws LibraryException {
        return open(folder, Clock.systemUTC());
    }

    static Library open(Path folder, Clock clock) throws LibraryException {
        return open(folder, clock, SearchIndex.LOCK_PATIENCE);
    }

    /** With {@code patience}: how long a write waits for another Sahifa's index lock. */
    static Library open(Path folder, Clock clock, Duration patience) throws LibraryException {
        LibraryDatabase database = LibraryDatabase.open(folder.resolve(LibraryDatabase.FILE_NAME), clock);
        SearchIndex index = null;
        try {
            index = SearchIndex.open(folder.resolve(INDEX_FOLDER), patience);
            Library library = new Library(database, index, clock);
            if (database.setAsideAs() != null) {
                library.notices.add(new LibraryNotice(LibraryNotice.Kind.DATABASE_SET_ASIDE, database.setAsideAs()));
            }
            library.bringIndexUpToDate();
            return library;
        } catch (LockObtainFailedException e) {
            closeQuietly(index);
            database.close();
            throw new LibraryBusyException(folder, e);
        } catch (IOException | SQLException e) {
            closeQuietly(index); // else its write lock stays held for the life of the process
            database.close();
            throw new LibraryException("Sahifa cannot open the library's search index in " + folder + ".", e);
        }
    }

    private static void closeQuietly(SearchIndex index) {
        if (index == null) {
            return;
        }
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(java.util.logging.Level.FINE, "Closing the search index after a failed open", e);
        }
    }

    /**
     * Takes the index's write lock only when there is something to do: a second window on an index in order only
     * reads it.
     */
    private void bringIndexUpToDate() throws IOException, SQLException {
        boolean rebuilt = index.rebuildReason() != null && index.rebuildReason() != SearchIndex.RebuildReason.MISSING
                || index.rebuildReason() == SearchIndex.RebuildReason.MISSING && store.count() > 0;
        boolean inOrder = index.rebuildReason() == null
                && index.revision() >= store.maxRevision()
                && index.committedCount() == store.count();
        if (inOrder) {
            return;
        }
        int indexed = index.count(); // opens the writer: its revision is now what the index holds, from any process
        if (index.revision() < store.maxRevision()) {
            reindexSince(index.revision());
            indexed = index.count();
        }
        if (indexed != store.count()) { // the index holds an article the database does not: start again
            LOG.warning("Search index holds " + indexed + " articles, the database " + store.count() + ": rebuilding");
            index.deleteAll();
            reindexSince(0);
            rebuilt = index.rebuildReason() != SearchIndex.RebuildReason.MISSING || store.count() > 0;
        }
        index.release();
        if (rebuilt) {
            notices.add(new LibraryNotice(LibraryNotice.Kind.INDEX_REBUILT, null));
        }
    }

    private void reindexSince(long revision) throws IOException, SQLException {
        store.changedSince(revision, a -> index.put(a.id(), a.revision(), a.analysis(), a.readAt(), a.tags()));
    }

    /** What the user should be told about opening (a damaged database set aside, the index rebuilt); often empty. */
    public synchronized List<LibraryNotice> notices() {
        return List.copyOf(notices);
    }

    /**
     * Saves the analysed article; saving the same source again updates its entry (its tags are kept).
     * Returns the article's id.
     */
    public synchronized long save(Analysis analysis, Original original) throws LibraryException {
        boolean lone = !inRun(); // asked for apart from this library's last write, whatever the waits below
        try {
            awaitOthersTurn();
            Instant now = clock.instant();
            ArticleStore.Saved saved = store.save(analysis, original, now);
            try {
                catchUp();
                index.put(saved.id(), saved.revision(), analysis, now.toString(), store.tags(saved.id()));
            } catch (LockObtainFailedException busy) { // kept in the database; indexed with the next save that can
                missedSince = Math.min(missedSince, saved.revision() - 1);
                throw busy;
            }
            wrote();
            if (lone) {
                // a save on its own (a window's, not an import's) lets go of the index at once rather than after
                // WRITER_IDLE: an import waiting in another Sahifa spent most of its extra time waiting for that
                // (docs/library.md, "Where a bulk import beside a window spends its time")
                letGo();
            } else if (index.heldFor().compareTo(WRITER_TURN) >= 0) {
                giveTurn();
            } else if (++uncommitted >= SAVES_PER_INDEX_COMMIT) {
                commitIndex();
            }
            return saved.id();
        } catch (SQLException | IOException e) {
            throw failure("Sahifa could not save " + analysis.article().source() + " to the library.", e);
        }
    }

    /** Whether this library wrote to the index less than {@link #WRITER_IDLE} ago: this save is one of a run. */
    private boolean inRun() {
        return wroteBefore && System.nanoTime() - lastWrite < WRITER_IDLE.toNanos();
    }

    /** Commits and closes the index's writer, so that another Sahifa can write at once. */
    private void letGo() throws IOException {
        index.release();
        uncommitted = 0;
    }

    /** Commits and lets go of the index's writer mid-run, so that another Sahifa's waiting write can take it. */
    private void giveTurn() throws IOException {
        letGo();
        turnGivenUntil = System.nanoTime() + TURN_PAUSE.toNanos();
    }

    /** Waits out the rest of {@link #TURN_PAUSE} after this library let go of the index for a turn. */
    private void awaitOthersTurn() throws IOException {
        long left = turnGivenUntil - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while leaving the index to another Sahifa");
            }
        }
    }

    /** Indexes again what was saved while another Sahifa kept the index locked (see {@link #save}). */
    private void catchUp() throws IOException, SQLException {
        if (missedSince != Long.MAX_VALUE) {
            reindexSince(missedSince);
            missedSince = Long.MAX_VALUE;
        }
    }

    /** Notes a write to the index and makes sure its writer is let go once writes pause. */
    private void wrote() {
        lastWrite = System.nanoTime();
        wroteBefore = true;
        if (!releaseScheduled) {
            releaseScheduled = true;
            RELEASER.schedule(
                    () -> RELEASE_WORK.execute(this::releaseIfIdle), WRITER_IDLE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Commits and closes the index's writer when nothing was written for {@link #WRITER_IDLE}, so that another
     * Sahifa on this folder can write; during a bulk import (saves closer together) it stays open.
     */
    private synchronized void releaseIfIdle() {
        releaseScheduled = false;
        if (closed) {
            return;
        }
        long idle = System.nanoTime() - lastWrite;
        if (idle < WRITER_IDLE.toNanos()) {
            releaseScheduled = true;
            RELEASER.schedule(
                    () -> RELEASE_WORK.execute(this::releaseIfIdle),
                    WRITER_IDLE.toNanos() - idle,
                    TimeUnit.NANOSECONDS);
            return;
        }
        try {
            index.release();
            uncommitted = 0;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Letting go of the library's search index failed", e);
        }
    }

    /** Makes the index durable now (it also is on close, and every {@link #SAVES_PER_INDEX_COMMIT} saves). */
    public synchronized void commitIndex() throws LibraryException {
        try {
            index.commit();
            uncommitted = 0;
        } catch (IOException e) {
            throw failure("Sahifa could not write the library's search index.", e);
        }
    }

    /**
     * Shrinks the library after a bulk import: merges the search index into one segment and rewrites the database
     * without its free pages ({@code VACUUM}). Takes seconds for thousands of articles; run it in the background.
     */
    public synchronized void compact() throws LibraryException {
        try {
            index.forceMerge();
            wrote();
            uncommitted = 0;
            database.vacuum();
        } catch (IOException | SQLException e) {
            throw failure("Sahifa could not compact the library.", e);
        }
    }

    public synchronized Optional<Long> idOf(String source) throws LibraryException {
        return reading("Sahifa could not read the library.", () -> store.idOf(source));
    }

    /** The saved article and its analysis, from the store (no network). */
    public synchronized Optional<Analysis> load(long id) throws LibraryException {
        return reading("Sahifa could not read this article from the library.", () -> store.load(id));
    }

    /** The bytes the article was read from. */
    public synchronized Optional<Original> original(long id) throws LibraryException {
        return reading("Sahifa could not read this article from the library.", () -> store.original(id));
    }

    /** Every saved article, most recently saved first. */
    public synchronized List<SavedArticle> list() throws LibraryException {
        return reading("Sahifa could not read the library.", () -> store.list());
    }

    public synchronized void setTags(long id, List<String> tags) throws LibraryException {
        try {
            long revision = store.setTags(id, tags);
            Optional<Analysis> analysis = store.load(id);
            if (analysis.isPresent()) {
                String readAt = store.list().stream()
                        .filter(a -> a.id() == id)
                        .map(SavedArticle::readAt)
                        .findFirst()
                        .orElse(null);
                index.put(id, revision, analysis.get(), readAt, store.tags(id));
                wrote();
                commitIndex();
            }
        } catch (SQLException | IOException e) {
            throw failure("Sahifa could not save the tags.", e);
        }
    }

    /** Ranked articles matching {@code query} (Arabic-aware; {@code "…"} for a phrase), best first, with snippets. */
    public synchronized List<SearchHit> search(String query, SearchFilter filter, int limit) throws LibraryException {
        try {
            Query parsed = index.parse(query);
            if (parsed == null) {
                return List.of();
            }
            Map<Long, Article> loaded = new HashMap<>(); // each hit's article is read once, for its snippet and title
            StoreHighlighter.Bodies bodies = id -> {
                Article article = loadArticle(id, loaded);
                return article == null ? "" : SearchIndex.bodyText(article);
            };
            List<SearchHit> hits = new ArrayList<>();
            List<Long> onlyIds = null;
            if (filter.entity() != null) {
                onlyIds = entities.articleIdsNaming(filter.entity(), filter.entityType());
                if (onlyIds.isEmpty()) {
                    return List.of();
                }
            }
            for (SearchIndex.Ranked ranked : index.search(parsed, filter, onlyIds, limit, bodies)) {
                Article article = loadArticle(ranked.id(), loaded);
                if (article != null) {
                    hits.add(new SearchHit(
                            ranked.id(), article.source(), article.title(), ranked.score(), ranked.snippet()));
                }
            }
            return hits;
        } catch (IOException | SQLException e) {
            throw failure("Sahifa could not search the library.", e);
        }
    }

    private Article loadArticle(long id, Map<Long, Article> loaded) throws IOException {
        if (!loaded.containsKey(id)) {
            try {
                loaded.put(id, store.load(id).map(Analysis::article).orElse(null));
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
        return loaded.get(id);
    }

    /** Saved articles naming this person, place or organisation (however fully written), most mentions first. */
    public synchronized List<EntityArticle> articlesMentioning(String name) throws LibraryException {
        return reading("Sahifa could not read the library.", () -> entities.articlesMentioning(name));
    }

    /** Quotations attributed to this person across the library. */
    public synchronized List<AttributedQuote> quotesBy(String name) throws LibraryException {
        return reading("Sahifa could not read the library.", () -> entities.quotesBy(name));
    }

    /**
     * Reads what joining a name across scripts needs (1.4–1.8 s for 10,000 articles, measured under load), so that the first name
     * looked up does not wait for it: the names tab calls it in the background once its list is shown.
     */
    public synchronized void prepareNameLookups() throws LibraryException {
        reading("Sahifa could not read the library.", () -> {
            entities.prepare();
            return null;
        });
    }

    /** Every person, place and organisation with the number of saved articles naming it. */
    public synchronized List<EntitySummary> entities() throws LibraryException {
        return reading("Sahifa could not read the library.", () -> entities.summaries());
    }

    /**
     * Marks a passage of a saved article, from ({@code block}, {@code start}) to ({@code endBlock}, {@code end}),
     * {@code end} exclusive, with an optional note (blank means none). Empty when no article has that id; a span
     * outside the article's text is refused with {@link IllegalArgumentException}.
     */
    public synchronized Optional<Highlight> addHighlight(
            long articleId, int block, int start, int endBlock, int end, String note) throws LibraryException {
        return reading(
                "Sahifa could not save the highlight.",
                () -> highlights.add(articleId, block, start, endBlock, end, note, clock.instant()));
    }

    /** One article's highlights in reading order. */
    public synchronized List<Highlight> highlights(long articleId) throws LibraryException {
        return reading("Sahifa could not read the highlights.", () -> highlights.of(articleId));
    }

    /** Every highlight in the library, article by article (most recently read first), each in reading order. */
    public synchronized List<Highlight> allHighlights() throws LibraryException {
        return reading("Sahifa could not read the highlights.", () -> highlights.all());
    }

    /** Replaces a highlight's note (blank removes it); false when there was none with that id. */
    public synchronized boolean setHighlightNote(long highlightId, String note) throws LibraryException {
        return reading("Sahifa could not change the note.", () -> highlights.setNote(highlightId, note));
    }

    /** Deletes a highlight; false when there was none with that id. */
    public synchronized boolean deleteHighlight(long highlightId) throws LibraryException {
        return reading("Sahifa could not delete the highlight.", () -> highlights.delete(highlightId));
    }

    /** A call on the store that may fail with the database or the files. */
    private interface StoreCall<T> {
        T call() throws SQLException, IOException;
    }

    /** Runs {@code call}; a failure is logged and becomes a {@link LibraryException} saying {@code sentence}. */
    private static <T> T reading(String sentence, StoreCall<T> call) throws LibraryException {
        try {
            return call.call();
        } catch (SQLException | IOException e) {
            throw failure(sentence, e);
        }
    }

    private static LibraryException failure(String sentence, Exception cause) {
        LOG.log(Level.WARNING, sentence, cause);
        if (cause instanceof LockObtainFailedException busy) {
            return new LibraryBusyException(sentence, busy);
        }
        return new LibraryException(sentence, cause);
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            index.commit();
            index.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the library's search index failed", e);
        } finally {
            database.close();
        }
    }
}
