package org.sahifa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A rotating log file that several Sahifa processes share: each record is appended under a lock on
 * {@code sahifa.lock} that waits for the other processes, and rotation happens under the same lock. (The JDK's
 * {@code FileHandler} gives a process that finds the file locked a file of its own, {@code sahifa-0.log.1} and so
 * on, which rotation never removes: 20 parallel CLI runs left 19 of them.)
 */
final class SharedLogFile extends Handler {
    static final String LOCK_FILE = "sahifa.lock";
    /** One writer at a time within this JVM: two channels of one JVM cannot both hold a lock on the same file. */
    private static final Object IN_THIS_JVM = new Object();

    private final Path directory;
    private final int maxFileBytes;
    private final int files;

    /** @throws IOException when the folder cannot be made or written */
    SharedLogFile(Path directory, int maxFileBytes, int files) throws IOException {
        this.directory = directory;
        this.maxFileBytes = maxFileBytes;
        this.files = files;
        Files.createDirectories(directory);
        FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)
                .close();
    }

    Path file(int generation) {
        return directory.resolve(LogSetup.FILE_PATTERN.replace("%g", Integer.toString(generation)));
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        byte[] bytes;
        try {
            bytes = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            reportError(null, e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        // A cancelled worker logs too: its interrupt would close the channels, so it is set aside while writing.
        boolean interrupted = Thread.interrupted();
        try {
            synchronized (IN_THIS_JVM) {
                append(bytes);
            }
        } catch (IOException e) {
            reportError(null, e, ErrorManager.WRITE_FAILURE);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void append(byte[] bytes) throws IOException {
        try (FileChannel lockFile = FileChannel.open(
                        directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = lockFile.lock()) {
            Path current = file(0);
            if (Files.exists(current) && Files.size(current) > 0 && Files.size(current) + bytes.length > maxFileBytes) {
                rotate();
            }
            try (FileChannel out = FileChannel.open(
                    current, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
        }
    }

    /** sahifa-1.log becomes sahifa-2.log and so on; the oldest beyond {@code files} is removed. */
    private void rotate() throws IOException {
        Files.deleteIfExists(file(files - 1));
        for (int g = files - 2; g >= 0; g--) {
            if (Files.exists(file(g))) {
                Files.move(file(g), file(g + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public void flush() {
        // every record is written when published
    }

    @Override
    public void close() {
        // nothing stays open between records
    }
}
