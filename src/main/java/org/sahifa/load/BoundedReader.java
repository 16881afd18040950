package org.sahifa.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream to its end, refusing more than a cap and stopping when the thread is interrupted. */
final class BoundedReader {
    private BoundedReader() {
    }

    static byte[] readAll(InputStream in, long maxBytes, String shown) throws IOException, LoadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (Thread.currentThread().isInterrupted()) {
                throw new LoadException(LoadProblem.CANCELLED, shown, "Loading was cancelled.");
            }
            total += n;
            if (total > maxBytes) {
                throw FileLoader.tooLarge(shown);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
