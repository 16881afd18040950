package org.sahifa.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream to its end, refusing more than a cap and stopping when the thread is interrupted. */
final class BoundedReader {
    private static final int BUFFER_BYTES = 64 * 1024;

    private BoundedReader() {}

    /**
     * @throws LoadException {@link LoadProblem#TOO_LARGE} past {@code maxBytes}, {@link LoadProblem#CANCELLED} on interrupt
     */
    static byte[] readAll(InputStream in, long maxBytes, String shown) throws IOException, LoadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (Thread.currentThread().isInterrupted()) {
                throw LoadException.cancelled(shown);
            }
            total += n;
            if (total > maxBytes) {
                throw LoadException.tooLarge(shown, maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
