package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * {@code bin/concord workbench} running as a separate process on a free loopback port, with an HTTP
 * client that signs its requests with the printed token (as a script would).
 */
final class WorkbenchServer implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)\\?token=([A-Za-z0-9_-]+)");

    final Distribution.Run run;
    final String base;
    final String token;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WorkbenchServer(Distribution.Run run, String base, String token) {
        this.run = run;
        this.base = base;
        this.token = token;
    }

    /** Starts the workbench on {@code workspace}, with extra arguments, and waits for its address. */
    static WorkbenchServer start(Distribution dist, Path workspace, String... extra) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("workbench", "--workspace", workspace.toString(),
                "--port", String.valueOf(port), "--user", "tester"));
        args.addAll(java.util.List.of(extra));
        Distribution.Run run = dist.start(args.toArray(String[]::new));
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            Matcher m = ADDRESS.matcher(run.stdout());
            if (m.find()) {
                return new WorkbenchServer(run, m.group(1), m.group(2));
            }
            if (!run.process().isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        run.process().destroyForcibly();
        throw new AssertionError("the workbench did not print its address; stdout:\n" + run.stdout() + "\nstderr:\n" + run.stderr());
    }

    String url() {
        return base + "?token=" + token;
    }

    HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.replaceFirst("^/", "")))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(120));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> upload(long project, String name, byte[] bytes) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/projects/" + project + "/documents?name="
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonElement get(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, null);
        assertTrue(r.statusCode() == 200, "GET " + path + " answered " + r.statusCode() + ": " + r.body());
        return JsonParser.parseString(r.body());
    }

    JsonElement call(String method, String path, String json) throws Exception {
        HttpResponse<String> r = send(method, path, json);
        assertTrue(r.statusCode() / 100 == 2, method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        return r.body().isEmpty() ? null : JsonParser.parseString(r.body());
    }

    /**
     * The status line of an upload that announces {@code declaredLength} bytes but sends only the first
     * kilobyte, read over a plain socket: a server that refuses by the announced length answers at once.
     */
    String statusOfOversizedUpload(long project, long declaredLength) throws IOException {
        URI uri = URI.create(base);
        try (java.net.Socket s = new java.net.Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(20_000);
            String head = "POST /api/projects/" + project + "/documents?name=big.txt HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                    + declaredLength + "\r\n\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(new byte[1024]);
            s.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    /** Ends the process at once, as kill -9 would. */
    void kill() throws Exception {
        run.process().destroyForcibly();
        run.process().waitFor();
    }

    @Override
    public void close() throws Exception {
        run.process().destroy();
        if (!run.process().waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            run.process().destroyForcibly();
        }
    }

    String log() throws IOException {
        return run.stderr();
    }
}
