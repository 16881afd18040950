package org.sahifa.instance;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahifa.LogSetup;

/**
 * Makes Sahifa run once per user: the first launch becomes the running instance, later launches hand it
 * their arguments (such as the file double-clicked) and exit.
 *
 * <p>The launcher calls {@link #handOverToRunningInstance(String[])}; the window registers with
 * {@link #onLaunchRequest(Consumer)}. When anything goes wrong (no writable data directory, a socket path too
 * long, an instance that does not answer) the launch simply opens its own window.
 */
public final class SingleInstance implements AutoCloseable {
    /** {@code -Dsahifa.singleInstance=false} gives every launch its own window. */
    public static final String ENABLED_PROPERTY = "sahifa.singleInstance";
    /** Start-up measurement and CDS training runs (org.sahifa.ui.startup.StartupProbe) must not be handed over. */
    static final String STARTUP_PROBE_PROPERTY = "sahifa.startupProbe";
    /** Launches with these options are batch runs that exit by themselves, independent of any window. */
    static final Set<String> BATCH_OPTIONS = Set.of("--screenshot");

    static final String LOCK_FILE = "instance.lock";
    static final String SOCKET_FILE = "instance.sock";
    /** How long a later launch keeps trying to reach a running instance that may still be starting. */
    static final Duration HANDOVER_PATIENCE = Duration.ofSeconds(3);

    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());

    /** What this process turned out to be. */
    public enum Role {
        /** The running instance: it listens for later launches. */
        PRIMARY,
        /** Another instance took this launch's request; this process should exit. */
        HANDED_OVER,
        /** Neither: this process runs on its own. */
        STANDALONE
    }

    private static volatile SingleInstance current;

    private final Path directory;
    private FileChannel lockChannel;
    private FileLock lock;
    private InstanceServer server;

    SingleInstance(Path directory) {
        this.directory = directory;
    }

    /**
     * Called first by the launcher: true when a running Sahifa took the arguments and this process should exit.
     * Otherwise this process becomes the running instance if it can.
     */
    public static boolean handOverToRunningInstance(String[] args) {
        if (!appliesTo(args)) {
            return false;
        }
        SingleInstance instance = new SingleInstance(LogSetup.dataDirectory());
        Role role = instance.claim(LaunchRequest.of(args), HANDOVER_PATIENCE);
        if (role == Role.PRIMARY) {
            current = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "sahifa-instance-close"));
        }
        return role == Role.HANDED_OVER;
    }

    /** Where the running instance sends later launches' requests (on a background thread). */
    public static void onLaunchRequest(Consumer<LaunchRequest> receiver) {
        SingleInstance instance = current;
        if (instance != null) {
            instance.server.setReceiver(receiver);
        }
    }

    static boolean appliesTo(String[] args) {
        return !"false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY))
                && System.getProperty(STARTUP_PROBE_PROPERTY) == null
                && Arrays.stream(args).noneMatch(BATCH_OPTIONS::contains);
    }

    /** Becomes the running instance, or hands the request to the one that is. */
    Role claim(LaunchRequest request, Duration patience) {
        try {
            Files.createDirectories(directory);
            lockChannel =
                    FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = tryLock(lockChannel);
            if (lock != null) {
                server = InstanceServer.start(directory.resolve(SOCKET_FILE));
                return Role.PRIMARY;
            }
            lockChannel.close();
            lockChannel = null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "single instance unavailable in " + directory + "; this launch runs on its own", e);
            close();
            return Role.STANDALONE;
        }
        if (InstanceClient.send(directory.resolve(SOCKET_FILE), request, patience)) {
            return Role.HANDED_OVER;
        }
        LOG.warning("the running instance did not answer; this launch runs on its own");
        return Role.STANDALONE;
    }

    /** Sets the receiver of this (running) instance's requests. */
    void setReceiver(Consumer<LaunchRequest> receiver) {
        server.setReceiver(receiver);
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the single-instance socket", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this very JVM (only happens in tests)
        }
    }
}
