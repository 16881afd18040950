package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library opens after damage: the database is refused or set aside, the index rebuilt from it. */
class LibraryRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseOfANewerSchemaIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve(LibraryDatabase.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version=" + (Schema.VERSION + 1));
        }
        byte[] before = Files.readAllBytes(file);

        NewerSchemaException e = assertThrows(NewerSchemaException.class, () -> Library.open(dir));
        assertEquals(Schema.VERSION + 1, e.foundVersion());
        assertTrue(e.getMessage().contains("newer version of Sahifa"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(LibraryDatabase.FILE_NAME), names(dir));
    }

    @Test
    void aDamagedDatabaseIsSetAsideAndANewLibraryStarted() throws Exception {
        Path file = dir.resolve(LibraryDatabase.FILE_NAME);
        Files.writeString(file, "this is not a database, it is a note that happens to have the name ".repeat(100));

        try (Library library = Library.open(dir)) {
            assertEquals(List.of(), library.list());
            LibraryNotice notice = library.notices().get(0);
            assertEquals(LibraryNotice.Kind.DATABASE_SET_ASIDE, notice.kind());
            assertTrue(Files.readString(notice.setAsideAs()).startsWith("this is not a database"));
            library.save(Articles.analysis("a", "ع", null, null, "نص"), Articles.original("a"));
        }
        try (Library library = Library.open(dir)) {
            assertEquals(1, library.list().size());
            assertEquals(List.of(), library.notices());
        }
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheDatabaseWithANotice() throws Exception {
        saveTwo();
        deleteTree(dir.resolve(Library.INDEX_FOLDER));
        try (Library library = Library.open(dir)) {
            assertEquals(
                    List.of(LibraryNotice.Kind.INDEX_REBUILT),
                    library.notices().stream().map(LibraryNotice::kind).toList());
            assertEquals(
                    List.of("2"),
                    library.search("الزيتون", SearchFilter.NONE, 10).stream()
                            .map(SearchHit::source)
                            .toList());
        }
    }

    @Test
    void anIndexOfTheEarlierLayoutIsRebuiltWithANotice() throws Exception {
        saveTwo();
        // what an index written before the layout was recorded holds: the analyser version and revision only
        try (org.apache.lucene.store.Directory d =
                        org.apache.lucene.store.FSDirectory.open(dir.resolve(Library.INDEX_FOLDER));
                org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(
                        d, new org.apache.lucene.index.IndexWriterConfig(new ArabicSearchAnalyzer()))) {
            w.setLiveCommitData(
                    java.util.Map.of("analyzer", String.valueOf(ArabicSearchAnalyzer.VERSION), "revision", "2")
                            .entrySet());
            w.commit();
        }
        try (Library library = Library.open(dir)) {
            assertEquals(
                    List.of(LibraryNotice.Kind.INDEX_REBUILT),
                    library.notices().stream().map(LibraryNotice::kind).toList());
            assertEquals(1, library.search("الزيتون", SearchFilter.NONE, 10).size());
        }
        try (Library library = Library.open(dir)) {
            assertEquals(List.of(), library.notices());
        }
    }

    @Test
    void aCorruptedIndexIsRebuiltFromTheDatabaseWithANotice() throws Exception {
        saveTwo();
        try (Stream<Path> files = Files.list(dir.resolve(Library.INDEX_FOLDER))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x5A; // one flipped byte in the middle of every file
                Files.write(f, bytes);
            }
        }
        try (Library library = Library.open(dir)) {
            assertEquals(
                    List.of(LibraryNotice.Kind.INDEX_REBUILT),
                    library.notices().stream().map(LibraryNotice::kind).toList());
            assertEquals(
                    List.of("1"),
                    library.search("البرتقال", SearchFilter.NONE, 10).stream()
                            .map(SearchHit::source)
                            .toList());
        }
    }

    private void saveTwo() throws Exception {
        try (Library library = Library.open(dir)) {
            library.save(Articles.analysis("1", "أ", null, null, "حصاد البرتقال"), Articles.original("1"));
            library.save(Articles.analysis("2", "ب", null, null, "حصاد الزيتون"), Articles.original("2"));
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
