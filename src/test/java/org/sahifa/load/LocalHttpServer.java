package org.sahifa.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 (a free port) for tests: nothing leaves the machine. Each handler runs on its
 * own thread, so a deliberately slow one does not hold up the others; {@link #close()} interrupts them all.
 * Handlers that stream must bound their own loops (count and time) and stop when the client goes away.
 */
public final class LocalHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-http");
        t.setDaemon(true);
        return t;
    });
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code path} and everything under it with the handler; every request is recorded. */
    public LocalHttpServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestURI().getRawPath());
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    public String url(String rawPath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + rawPath;
    }

    /** Raw paths of the requests received so far, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A handler that answers with the status, content type and body given. */
    public static HttpHandler respond(int status, String contentType, byte[] body) {
        return exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            send(exchange, status, body);
        };
    }

    public static HttpHandler respond(int status, String contentType, String body) {
        return respond(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A handler that redirects (302) to {@code location}. */
    public static HttpHandler redirect(String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        };
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
