package org.sahifa.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite file behind the library: opened in WAL mode with foreign keys on, migrated to {@link Schema#VERSION}.
 * A database of a newer schema is refused before anything is written to it; a file that is not a readable
 * database is renamed aside ({@code library.db.damaged-STAMP}) and a new one started, and {@link #setAsideAs()}
 * says where the old one went.
 */
public final class LibraryDatabase implements AutoCloseable {
    /** Page size of a new database file; an existing file keeps its own. */
    static final int PAGE_SIZE = 1024;

    public static final String FILE_NAME = "library.db";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(LibraryDatabase.class.getName());
    /** How long a statement waits for another connection's write transaction before failing. */
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(20);

    private final Connection connection;
    private final Path setAsideAs;

    private LibraryDatabase(Connection connection, Path setAsideAs) {
        this.connection = connection;
        this.setAsideAs = setAsideAs;
    }

    /** Opens (or creates) the database at {@code file}. */
    public static LibraryDatabase open(Path file) throws LibraryException {
        return open(file, Clock.systemUTC());
    }

    static LibraryDatabase open(Path file, Clock clock) throws LibraryException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new LibraryException("Sahifa cannot create the library folder " + file.getParent() + ".", e);
        }
        try {
            return new LibraryDatabase(connect(file), null);
        } catch (SQLException e) {
            if (!isDamaged(e)) {
                throw new LibraryException("Sahifa cannot open the library " + file + ".", e);
            }
            LOG.log(Level.WARNING, "Damaged library database " + file, e);
            Path aside = setAside(file, clock);
            try {
                return new LibraryDatabase(connect(file), aside);
            } catch (SQLException again) {
                throw new LibraryException("Sahifa cannot open the library " + file + ".", again);
            }
        }
    }

    /** Connects, refuses a newer schema without writing, then switches on WAL and foreign keys and migrates. */
    private static Connection connect(Path file) throws SQLException, NewerSchemaException {
        SQLiteConfig config = new SQLiteConfig();
        // another Sahifa (a second window, the CLI) may be writing: wait for its transaction instead of failing
        config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
        // a transaction takes the write lock when it begins: two that read and then write cannot deadlock
        // (SQLite would fail one at once with SQLITE_BUSY, whatever the timeout)
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try {
            int version = userVersion(c); // a read: the first thing that fails on a file that is not a database
            if (version > Schema.VERSION) {
                c.close();
                throw new NewerSchemaException(version, Schema.VERSION);
            }
            try (Statement s = c.createStatement()) {
                if (version == 0) {
                    // a new file: small pages waste less at the end of each stored analysis's overflow chain;
                    // possible only before the first table and before WAL
                    s.execute("PRAGMA page_size=" + PAGE_SIZE);
                }
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL"); // WAL: a power cut may lose the last commits, never corrupts
                s.execute("PRAGMA foreign_keys=OFF");
            }
            if (version < Schema.VERSION) {
                migrate(c); // with foreign keys off, so that a migration can rebuild a table others refer to
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys=ON");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA user_version")) {
            r.next();
            int version = r.getInt(1);
            try (ResultSet tables = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables.next(); // reads the schema page: a damaged first page fails here
            }
            return version;
        }
    }

    /**
     * Brings the schema to {@link Schema#VERSION} in one write transaction. The version is read again inside it:
     * another Sahifa opening the same new library at the same moment may have migrated it while this one waited.
     */
    private static void migrate(Connection c) throws SQLException {
        c.setAutoCommit(false); // BEGIN IMMEDIATE: the write lock, or a wait for it
        try (Statement s = c.createStatement()) {
            int from = userVersion(c);
            for (int version = from + 1; version <= Schema.VERSION; version++) {
                for (String sql : Schema.MIGRATIONS.get(version - 1)) {
                    s.execute(sql);
                }
                Schema.RowRewrite rewrite = Schema.ROW_REWRITES.get(version);
                if (rewrite != null) {
                    rewrite.apply(c);
                }
                s.execute("PRAGMA user_version=" + version);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static boolean isDamaged(SQLException e) {
        if (e instanceof SQLiteException lite) {
            SQLiteErrorCode code = lite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_NOTADB
                    || code == SQLiteErrorCode.SQLITE_CORRUPT
                    || code.code % 256 == SQLiteErrorCode.SQLITE_CORRUPT.code;
        }
        return false;
    }

    /** Renames the damaged file and its WAL companions to {@code NAME.damaged-STAMP…}; null if that fails. */
    private static Path setAside(Path file, Clock clock) throws LibraryException {
        String base = file.getFileName() + ".damaged-" + STAMP.format(clock.instant());
        try {
            for (int n = 0; n < 100; n++) {
                Path aside = file.resolveSibling(n == 0 ? base : base + "-" + n);
                if (!Files.exists(aside)) {
                    for (String suffix : List.of("-wal", "-shm")) {
                        Path companion = file.resolveSibling(file.getFileName() + suffix);
                        if (Files.exists(companion)) {
                            Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
                        }
                    }
                    Files.move(file, aside);
                    LOG.warning("Damaged library " + file + " set aside as " + aside);
                    return aside;
                }
            }
        } catch (IOException e) {
            throw new LibraryException("The library " + file + " is damaged and Sahifa could not move it aside.", e);
        }
        throw new LibraryException("The library " + file + " is damaged and Sahifa could not move it aside.", null);
    }

    /** Where a damaged database was moved when this one was opened, or null if it opened cleanly. */
    public Path setAsideAs() {
        return setAsideAs;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the library database failed", e);
        }
    }

    /** Rewrites the file without free pages; the WAL is checkpointed first so the file holds everything. */
    void vacuum() throws SQLException {
        try (Statement s = connection().createStatement()) {
            s.execute("VACUUM");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
