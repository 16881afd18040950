package org.sahifa.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap. Past the cap, or when {@link #abort()} is called, it cancels the
 * subscription, which makes the HTTP client drop the connection: an endless or slow body never holds
 * more than the cap in memory nor keeps a thread busy after the user cancelled.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    /** Signals that the body went past the cap. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("response body over the cap");
        }
    }

    private final long maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private boolean done;
    private long received;

    /** @param maxBytes the cap; 0 reads nothing and drops the connection at once (for bodies nobody wants) */
    CappedBodySubscriber(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (done) {
            s.cancel();
        } else if (maxBytes == 0) {
            finish(new byte[0]);
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (done) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            received += buffer.remaining();
            if (received > maxBytes) {
                fail(new BodyTooLargeException());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            body.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public synchronized void onError(Throwable error) {
        if (!done) {
            done = true;
            result.completeExceptionally(error);
        }
    }

    @Override
    public synchronized void onComplete() {
        if (!done) {
            done = true;
            result.complete(body.toByteArray());
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading and drops the connection; called when the user cancels or time runs out. */
    synchronized void abort() {
        fail(new IOException("aborted"));
    }

    private void finish(byte[] bytes) {
        done = true;
        if (subscription != null) {
            subscription.cancel();
        }
        result.complete(bytes);
    }

    private void fail(IOException error) {
        if (done) {
            return;
        }
        done = true;
        if (subscription != null) {
            subscription.cancel();
        }
        result.completeExceptionally(error);
    }
}
