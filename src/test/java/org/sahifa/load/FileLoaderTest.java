package org.sahifa.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileLoaderTest {
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    private static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

    @TempDir
    Path dir;

    private static LoadException failure(Path path) {
        return assertThrows(LoadException.class, () -> FileLoader.load(path));
    }

    @Test
    void readsTheBytesAsTheyAre() throws Exception {
        byte[] content = "<p>مرحبا</p>".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("a.html"), content);
        RawDocument doc = FileLoader.load(file);
        assertArrayEquals(content, doc.bytes());
        assertEquals(DocumentKind.HTML, doc.kind());
        assertEquals(file.toString(), doc.source());
        assertEquals(file.toUri().toString(), doc.baseUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\r\n", "\uFEFF  \n"})
    void anEmptyOrBlankFileIsReported(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), content, StandardCharsets.UTF_8);
        LoadException e = failure(file);
        assertEquals(LoadProblem.EMPTY, e.problem());
        assertEquals(file.toString(), e.detail());
        assertTrue(e.getMessage().endsWith("is empty."), e.getMessage());
    }

    /** Issue 18: no visible text is empty whatever the bytes, with the same message as a blank file. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "FFFE",
                "FEFF",
                "EFBBBF",
                "0000000000000000",
                "C2A0C2A0E2808F0A",
                "E2808FE2808EE2808BEFBBBF",
                "FFFE0F20A0000A00",
                "A0A0FDFE0D0A"
            })
    void contentWithNothingVisibleIsEmptyLikeABlankFile(String hex) throws IOException {
        Path file =
                Files.write(dir.resolve("nothing.txt"), java.util.HexFormat.of().parseHex(hex));
        LoadException e = failure(file);
        assertEquals(LoadProblem.EMPTY, e.problem(), hex);
        assertEquals(file + " is empty.", e.getMessage());
    }

    /** Issue 18: Arabic UTF-16 without a BOM has zero bytes only at its spaces; it is text, not binary data. */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void arabicUtf16WithoutAByteOrderMarkIsText(String charset) throws Exception {
        String text =
                "قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة، وأضاف أن الوفدين اتفقا على جدول الأعمال.\n";
        byte[] bytes = text.repeat(20).getBytes(Charset.forName(charset));
        RawDocument doc = FileLoader.load(Files.write(dir.resolve("wide.txt"), bytes));
        assertArrayEquals(bytes, doc.bytes());
        assertEquals(Charset.forName(charset), Utf16Pattern.detect(bytes));
    }

    @Test
    void zeroBytesInBothParitiesAreStillBinary() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 3);
        }
        assertEquals(null, Utf16Pattern.detect(bytes));
        assertBinary("table.txt", bytes, "BINARY", "binary data");
    }

    @Test
    void binaryContentWithAnArticleExtensionIsRefusedByWhatItIs() throws IOException {
        assertBinary("photo.html", PNG, "PNG", "a PNG image");
        assertBinary("report.txt", PDF, "PDF", "a PDF document");
        assertBinary("notes.md", ZIP, "ZIP", "a ZIP archive");
        byte[] scatteredNuls = new byte[4096];
        for (int i = 0; i < scatteredNuls.length; i++) {
            scatteredNuls[i] = (byte) (i % 97 == 0 ? 0 : 'a' + i % 26);
        }
        assertBinary("data.htm", scatteredNuls, "BINARY", "binary data");
    }

    private void assertBinary(String name, byte[] bytes, String format, String words) throws IOException {
        LoadException e = failure(Files.write(dir.resolve(name), bytes));
        assertEquals(LoadProblem.BINARY, e.problem());
        assertEquals(format, e.detail());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void invalidUtf8IsHandedOverUntouched() throws Exception {
        byte[] broken = {
            '<', 'p', '>', (byte) 0xD9, (byte) 0x85, (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '<', '/', 'p', '>'
        };
        RawDocument doc = FileLoader.load(Files.write(dir.resolve("broken.html"), broken));
        assertArrayEquals(broken, doc.bytes());
    }

    @Test
    void legacyEncodingsAreHandedOverUntouched() throws Exception {
        byte[] cp1256 = "قال الوزير إن الاتفاق نهائي.".getBytes(Charset.forName("windows-1256"));
        assertArrayEquals(
                cp1256,
                FileLoader.load(Files.write(dir.resolve("legacy.txt"), cp1256)).bytes());
        byte[] utf16 = "\uFEFFقال الوزير".getBytes(StandardCharsets.UTF_16LE);
        assertArrayEquals(
                utf16,
                FileLoader.load(Files.write(dir.resolve("wide.txt"), utf16)).bytes());
    }

    @Test
    void aFolderIsNotAFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("articles.html"));
        LoadException e = failure(folder);
        assertEquals(LoadProblem.NOT_A_FILE, e.problem());
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void aMissingFileIsReportedWithItsPath() {
        Path missing = dir.resolve("nowhere").resolve("missing.html");
        LoadException e = failure(missing);
        assertEquals(LoadProblem.NOT_FOUND, e.problem());
        assertEquals(missing.toString(), e.detail());
        assertEquals("File not found: " + missing + ".", e.getMessage());
    }

    @Test
    void anUnknownExtensionIsRefused() throws IOException {
        LoadException e = failure(Files.writeString(dir.resolve("article.docx"), "text"));
        assertEquals(LoadProblem.UNSUPPORTED_TYPE, e.problem());
    }

    @Test
    void aHugeFileIsRefusedByItsSizeWithoutBeingRead() throws Exception {
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(300L * 1024 * 1024); // sparse: takes no disk space
        }
        LoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failure(huge));
        assertEquals(LoadProblem.TOO_LARGE, e.problem());
        assertEquals(String.valueOf(Limits.MAX_BYTES / (1024 * 1024)), e.detail());
        assertTrue(e.getMessage().contains("20 MB"), e.getMessage());
    }

    @Test
    void aStreamThatNeverEndsIsCutAtTheCap() {
        LoadException e = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(LoadException.class, () -> BoundedReader.readAll(endless(), 1024 * 1024, "stream")));
        assertEquals(LoadProblem.TOO_LARGE, e.problem());
    }

    @Test
    void readingStopsWhenTheThreadIsInterrupted() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                outcome.complete(BoundedReader.readAll(endlessAndSlow(), Long.MAX_VALUE, "stream"));
            } catch (LoadException | IOException e) {
                outcome.complete(e);
            }
        });
        reader.start();
        Thread.sleep(200);
        reader.interrupt();
        Object result = outcome.get(10, TimeUnit.SECONDS);
        assertTrue(result instanceof LoadException, String.valueOf(result));
        assertEquals(LoadProblem.CANCELLED, ((LoadException) result).problem());
    }

    @Test
    void bytesFromElsewhereAreCheckedLikeAFile() throws LoadException {
        assertEquals(
                LoadProblem.EMPTY,
                assertThrows(LoadException.class, () -> FileLoader.fromBytes("pasted", new byte[0], DocumentKind.TEXT))
                        .problem());
        assertEquals(
                LoadProblem.BINARY,
                assertThrows(LoadException.class, () -> FileLoader.fromBytes("pasted", PDF, DocumentKind.TEXT))
                        .problem());
        assertEquals(
                DocumentKind.MARKDOWN,
                FileLoader.fromBytes("pasted", "# x".getBytes(StandardCharsets.UTF_8), DocumentKind.MARKDOWN)
                        .kind());
    }

    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
    }

    /** A byte every 10 ms, for ever; sleeping does not clear the interrupt the reader must notice. */
    private static InputStream endlessAndSlow() {
        return new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long until = System.nanoTime() + 10_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                b[off] = 'a';
                return 1;
            }
        };
    }

    /**
     * A file whose content may not be read gets the permission sentence, not the vague "could not read". The tests run
     * as root, whom no file mode stops, so the file is a write-only sysfs attribute (the kernel refuses to open one for
     * reading, even for root), reached through a link with an article's name.
     */
    @Test
    void aFileThatMayNotBeReadSaysSo() throws Exception {
        Path writeOnly;
        try (var files = Files.find(Path.of("/sys/bus"), 3, (p, a) -> a.isRegularFile() && isWriteOnly(p))) {
            writeOnly = files.findFirst().orElse(null);
        } catch (IOException e) {
            writeOnly = null;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(writeOnly != null, "no write-only sysfs file on this machine");
        Path link = Files.createSymbolicLink(dir.resolve("locked.txt"), writeOnly);
        LoadException e = failure(link);
        assertEquals(LoadProblem.UNREADABLE, e.problem());
        assertTrue(e.getMessage().contains("not allowed to read"), e.getMessage());
    }

    private static boolean isWriteOnly(Path p) {
        try {
            String mode = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            return mode.equals("-w-------");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
