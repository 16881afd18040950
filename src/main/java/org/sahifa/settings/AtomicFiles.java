package org.sahifa.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Replaces a file's content so that readers see the old or the new content, never a half-written file. */
final class AtomicFiles {
    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());
    /** Runs between writing the temporary file and moving it into place; tests use it to fail there. */
    interface BeforeMove {
        void run(Path temporary) throws IOException;
    }

    private AtomicFiles() {}

    /** Forces the folder's entry for the renamed file to disk, so that a crash right after cannot undo the rename. */
    static void syncFolder(Path directory) {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Some systems cannot open a folder for syncing; the file itself was forced before the rename.
            LOG.log(Level.FINE, "could not sync " + directory, e);
        }
    }

    static void write(Path target, byte[] content) throws IOException {
        write(target, content, temporary -> {});
    }

    /** Writes a temporary file beside the target, forces it to disk, then moves it over the target in one step. */
    static void write(Path target, byte[] content, BeforeMove beforeMove) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            beforeMove.run(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(
                        temporary, target, StandardCopyOption.REPLACE_EXISTING); // a file system without atomic rename
            }
            syncFolder(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
