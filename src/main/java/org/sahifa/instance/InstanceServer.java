package org.sahifa.instance;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens on a Unix-domain socket for {@link LaunchRequest}s and passes them to a receiver. Requests that
 * arrive before a receiver is set are kept and handed over when it is.
 */
final class InstanceServer implements AutoCloseable {
    /** Byte sent back once a request has been read, so the sender knows it may exit. */
    static final int ACCEPTED = 1;

    private static final Logger LOG = Logger.getLogger(InstanceServer.class.getName());

    private final Path socketFile;
    private final ServerSocketChannel channel;
    private final List<LaunchRequest> pending = new ArrayList<>();
    private Consumer<LaunchRequest> receiver;

    private InstanceServer(Path socketFile, ServerSocketChannel channel) {
        this.socketFile = socketFile;
        this.channel = channel;
    }

    /** Binds the socket (replacing a file left by an instance that died) and starts listening on a daemon thread. */
    static InstanceServer start(Path socketFile) throws IOException {
        Files.deleteIfExists(socketFile);
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(socketFile));
            restrictToOwner(socketFile);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        InstanceServer server = new InstanceServer(socketFile, channel);
        Thread thread = new Thread(server::acceptLoop, "sahifa-instance");
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    /** Sets where requests go, and delivers those that came before. */
    void setReceiver(Consumer<LaunchRequest> newReceiver) {
        List<LaunchRequest> waiting;
        synchronized (this) {
            receiver = newReceiver;
            waiting = new ArrayList<>(pending);
            pending.clear();
        }
        waiting.forEach(newReceiver);
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(socketFile);
    }

    private void acceptLoop() {
        while (channel.isOpen()) {
            try (SocketChannel client = channel.accept()) {
                LaunchRequest request = LaunchRequest.readFrom(new DataInputStream(Channels.newInputStream(client)));
                OutputStream out = Channels.newOutputStream(client);
                out.write(ACCEPTED);
                out.flush();
                deliver(request);
            } catch (IOException e) {
                if (channel.isOpen()) {
                    LOG.log(Level.WARNING, "bad launch request on " + socketFile, e);
                }
            }
        }
    }

    private void deliver(LaunchRequest request) {
        Consumer<LaunchRequest> target;
        synchronized (this) {
            target = receiver;
            if (target == null) {
                pending.add(request);
                return;
            }
        }
        target.accept(request);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.log(Level.FINE, "could not restrict " + file, e);
        }
    }

    /** Reads the sender's answer: true when the running instance took the request. */
    static boolean accepted(InputStream in) throws IOException {
        return in.read() == ACCEPTED;
    }
}
