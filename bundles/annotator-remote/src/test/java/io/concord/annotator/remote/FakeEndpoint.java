package io.concord.annotator.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpServer;

/** A JDK HTTP server that answers each call with a scripted status and body, and keeps the requests. */
final class FakeEndpoint implements AutoCloseable {
    record Answer(int status, String body, long delayMillis, Map<String, String> headers) {
        Answer(int status, String body, long delayMillis) {
            this(status, body, delayMillis, Map.of());
        }
    }

    final List<String> requests = new CopyOnWriteArrayList<>();
    /** Each request's headers, names in lower case. */
    final List<Map<String, String>> requestHeaders = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    private final HttpServer server;

    FakeEndpoint(IntFunction<Answer> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/annotate", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            requestHeaders.add(headers);
            Answer a = script.apply(calls.incrementAndGet());
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            try {
                Thread.sleep(a.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            } catch (IOException e) {
                // the client gave up (timeout test)
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/annotate");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
