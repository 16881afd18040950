package org.sahifa.instance;

import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sends a {@link LaunchRequest} to the running instance's socket. */
final class InstanceClient {
    /** Pause between attempts while the running instance may still be opening its socket. */
    static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private InstanceClient() {}

    /**
     * Tries to hand the request over until {@code patience} runs out (the running instance may be
     * starting up: it takes the lock before it opens the socket). True when it was accepted.
     */
    static boolean send(Path socketFile, LaunchRequest request, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            CompletableFuture<Boolean> attempt = CompletableFuture.supplyAsync(() -> exchange(socketFile, request));
            try {
                if (attempt.get(left, TimeUnit.NANOSECONDS)) {
                    return true;
                }
            } catch (TimeoutException e) {
                attempt.cancel(true);
                return false;
            } catch (ExecutionException e) {
                // not listening yet: try again below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(Math.min(RETRY_PAUSE.toMillis(), Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static boolean exchange(Path socketFile, LaunchRequest request) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socketFile));
            request.writeTo(new DataOutputStream(Channels.newOutputStream(channel)));
            return InstanceServer.accepted(Channels.newInputStream(channel));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
