package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's HTTP API in the real distribution: access control, bad uploads, concurrent edits,
 * durability across kill -9, and annotator bundles coming and going while it runs.
 */
class WorkbenchApiIT {
    @TempDir
    static Path dir;
    static Distribution dist;
    static WorkbenchServer server;
    static long seeds;

    @BeforeAll
    static void start() throws Exception {
        // the Host header test needs to send its own Host
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        dist = Distribution.copyTo(dir);
        Files.writeString(dist.home.resolve("conf/io.concord.workbench.cfg"), "maxUploadBytes=200000\nmaxDocumentBytes=100000\n");
        server = WorkbenchServer.start(dist, dir.resolve("ws"), "--import", Distribution.SEEDS.toString(), "--project", "seeds");
        seeds = server.get("api/projects").getAsJsonArray().get(0).getAsJsonObject().get("id").getAsLong();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> raw(HttpRequest.Builder b) throws Exception {
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject firstAnnotation(long doc, String type) throws Exception {
        for (JsonElement a : server.get("api/documents/" + doc).getAsJsonObject().getAsJsonArray("annotations")) {
            if (a.getAsJsonObject().get("type").getAsString().equals(type)) {
                return a.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + type + " in document " + doc);
    }

    private static long firstDocument(long project) throws Exception {
        return server.get("api/projects/" + project).getAsJsonObject().getAsJsonArray("documents").get(0).getAsJsonObject()
                .get("id").getAsLong();
    }

    @Test
    void theSeedsProjectWasFilledAndAnnotatedOnStart() throws Exception {
        JsonObject project = server.get("api/projects/" + seeds).getAsJsonObject();
        assertEquals(5, project.getAsJsonArray("documents").size());
        assertTrue(project.get("annotations").getAsInt() > 300, project.toString());
        assertTrue(project.get("conflicts").getAsInt() > 0, project.toString());
    }

    @Test
    void refusesRequestsWithoutTheTokenOrFromOtherSites() throws Exception {
        String api = server.base + "api/projects";
        assertEquals(401, raw(HttpRequest.newBuilder(URI.create(api))).statusCode());
        // the same endpoints under encoded or odd spellings of their path
        for (String sneaky : List.of("%61pi/projects", "%61%70%69/projects/1", "api/%70rojects", "./api/projects", "api//projects")) {
            HttpResponse<String> r = raw(HttpRequest.newBuilder(URI.create(server.base + sneaky)));
            assertTrue(r.statusCode() >= 400 && !r.body().contains("\"name\":\"seeds\""), sneaky + " answered " + r.statusCode() + ": " + r.body());
            HttpResponse<String> w = raw(HttpRequest.newBuilder(URI.create(server.base + sneaky))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"sneaked\"}")));
            assertTrue(w.statusCode() >= 400, "POST " + sneaky + " answered " + w.statusCode());
        }
        assertEquals(401, raw(HttpRequest.newBuilder(URI.create(api)).header("Authorization", "Bearer wrong")).statusCode());
        assertEquals(401, raw(HttpRequest.newBuilder(URI.create(server.base + "?token=wrong"))).statusCode());

        HttpResponse<String> signIn = raw(HttpRequest.newBuilder(URI.create(server.url())));
        assertEquals(303, signIn.statusCode());
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String pair = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, raw(HttpRequest.newBuilder(URI.create(api)).header("Cookie", pair)).statusCode());

        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(api)).header("Cookie", pair)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"forged\"}"));
        HttpResponse<String> noCsrf = raw(post);
        assertEquals(403, noCsrf.statusCode());
        assertTrue(noCsrf.body().contains("X-Concord-CSRF"), noCsrf.body());
        String csrf = server.get("api/session").getAsJsonObject().get("csrf").getAsString();
        HttpResponse<String> crossSite = raw(HttpRequest.newBuilder(URI.create(api)).header("Cookie", pair)
                .header("X-Concord-CSRF", csrf).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"forged\"}")));
        assertEquals(403, crossSite.statusCode());
        HttpResponse<String> rebound = raw(HttpRequest.newBuilder(URI.create(api)).header("Authorization", "Bearer " + server.token)
                .header("Host", "evil.example"));
        assertEquals(403, rebound.statusCode());
        assertFalse(server.get("api/projects").toString().contains("forged"));
        assertFalse(server.get("api/projects").toString().contains("sneaked"));

        HttpResponse<String> page = raw(HttpRequest.newBuilder(URI.create(server.base)));
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        for (String path : List.of("js/%2e%2e/%2e%2e/etc/passwd", "%2e%2e/pom.xml", "META-INF/MANIFEST.MF", "db/migration/V1.sql")) {
            int status = raw(HttpRequest.newBuilder(URI.create(server.base + path))).statusCode();
            assertTrue(status == 400 || status == 404, path + " answered " + status);
        }
    }

    @Test
    void badUploadsGetAClearAnswerAndNothingLeavesTheWorkspace() throws Exception {
        long p = server.call("POST", "api/projects", "{\"name\":\"uploads\"}").getAsJsonObject().get("id").getAsLong();

        HttpResponse<String> binary = server.upload(p, "photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertEquals(415, binary.statusCode());
        assertTrue(binary.body().contains("binary"), binary.body());
        HttpResponse<String> latin1 = server.upload(p, "old.txt", "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(415, latin1.statusCode());
        assertTrue(latin1.body().contains("UTF-8"), latin1.body());
        assertTrue(server.statusOfOversizedUpload(p, 250_000).contains(" 413 "), "an upload over the limit is refused");

        HttpResponse<String> traversal = server.upload(p, "../../outside.txt", "Officials met in Paris.".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, traversal.statusCode(), traversal.body());
        assertTrue(traversal.body().contains("\"name\":\"outside.txt\""), traversal.body());
        assertFalse(Files.exists(dir.resolve("outside.txt")));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            for (String[] e : new String[][] {{"../../../tmp/evil.txt", "x"}, {"ok/report.txt", "The minister said 40 people were hurt."}}) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        JsonObject zipped = JsonElementOf(server.upload(p, "batch.zip", zip.toByteArray()));
        assertEquals(1, zipped.getAsJsonArray("imported").size());
        assertTrue(zipped.getAsJsonArray("skipped").toString().contains("unsafe"), zipped.toString());

        HttpResponse<String> outside = server.send("POST", "api/projects/" + p + "/import-folder", "{\"path\":\"../../..\"}");
        assertEquals(400, outside.statusCode());
        HttpResponse<String> junk = server.send("POST", "api/projects", "{not json");
        assertEquals(400, junk.statusCode());
        assertTrue(junk.body().startsWith("{\"error\""), junk.body());
        assertEquals(404, server.send("GET", "api/documents/999999", null).statusCode());
    }

    private static JsonObject JsonElementOf(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject();
    }

    @Test
    void twoTabsEditingOneAnnotationGetAConflictNotALostUpdate() throws Exception {
        JsonObject a = firstAnnotation(firstDocument(seeds), "figure");
        long id = a.get("id").getAsLong();
        int version = a.get("version").getAsInt();

        server.call("PATCH", "api/annotations/" + id, "{\"version\":" + version + ",\"status\":\"accepted\"}");
        HttpResponse<String> second = server.send("PATCH", "api/annotations/" + id, "{\"version\":" + version + ",\"status\":\"rejected\"}");

        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("changed elsewhere") && second.body().contains("\"current\""), second.body());
        assertEquals("accepted", server.get("api/annotations/" + id).getAsJsonObject().get("status").getAsString());
    }

    @Test
    void removingAnAnnotatorWhileRunningShowsLiveAndAReRunKeepsTheDecisions() throws Exception {
        long p = server.call("POST", "api/projects", "{\"name\":\"rerun\"}").getAsJsonObject().get("id").getAsLong();
        server.upload(p, "a.txt", Files.readAllBytes(Files.list(Distribution.SEEDS).filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow()));
        long doc = firstDocument(p);
        List<Long> places = new ArrayList<>();
        for (JsonElement e : server.get("api/documents/" + doc).getAsJsonObject().getAsJsonArray("annotations")) {
            if (e.getAsJsonObject().get("type").getAsString().equals("place")) {
                places.add(e.getAsJsonObject().get("id").getAsLong());
            }
        }
        assertTrue(places.size() >= 3);
        server.call("PATCH", "api/annotations/" + places.get(0), "{\"version\":1,\"status\":\"accepted\"}");
        server.call("PATCH", "api/annotations/" + places.get(1), "{\"version\":1,\"attributes\":{\"canonical\":\"Corrected\"}}");
        server.call("PATCH", "api/annotations/" + places.get(2), "{\"version\":1,\"status\":\"rejected\"}");

        List<String> events = new CopyOnWriteArrayList<>();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(server.base + "api/events"))
                .header("Authorization", "Bearer " + server.token).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(events::add));
        Thread.sleep(500);
        Path jar = dist.deploy().resolve("concord-annotator-places.jar");
        Path aside = dir.resolve("places.jar.aside");
        Files.move(jar, aside);
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (server.get("api/plugins").toString().contains("\"id\":\"places\"") && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertFalse(server.get("api/plugins").toString().contains("\"id\":\"places\""), "places still listed");
            assertTrue(events.contains("event: plugins"), events.toString());

            JsonObject run = server.call("POST", "api/projects/" + p + "/annotate", null).getAsJsonObject();
            assertTrue(run.get("removed").getAsInt() >= places.size(), run.toString());
            JsonArray changes = server.get("api/projects/" + p + "/changes").getAsJsonArray();
            assertTrue(changes.toString().contains("\"kind\":\"removed\""));
            server.call("POST", "api/projects/" + p + "/changes", "{\"action\":\"take\"}");

            JsonObject accepted = server.get("api/annotations/" + places.get(0)).getAsJsonObject();
            assertEquals("accepted", accepted.get("status").getAsString());
            JsonObject corrected = server.get("api/annotations/" + places.get(1)).getAsJsonObject();
            assertEquals("Corrected", corrected.getAsJsonObject("attributes").get("canonical").getAsString());
            assertEquals("corrected", corrected.get("status").getAsString());
            assertEquals("rejected", server.get("api/annotations/" + places.get(2)).getAsJsonObject().get("status").getAsString());
            assertEquals(404, server.send("GET", "api/annotations/" + places.get(3), null).statusCode(), "an undecided place goes with its annotator");
        } finally {
            Files.move(aside, jar);
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (!server.get("api/plugins").toString().contains("\"id\":\"places\"") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        JsonObject back = server.call("POST", "api/projects/" + p + "/annotate", null).getAsJsonObject();
        assertTrue(back.get("added").getAsInt() > 0, back.toString());
    }

    @Test
    void exportsTheCuratedStateInEveryInstalledFormat() throws Exception {
        long doc = firstDocument(seeds);
        JsonObject a = firstAnnotation(doc, "quote");
        server.call("PATCH", "api/annotations/" + a.get("id").getAsLong(), "{\"version\":" + a.get("version").getAsInt() + ",\"status\":\"rejected\"}");
        HttpResponse<String> json = server.send("GET", "api/documents/" + doc + "/export?format=json", null);
        assertEquals(200, json.statusCode());
        assertFalse(json.body().contains("\"begin\": " + a.get("begin").getAsInt() + ",\n      \"end\": " + a.get("end").getAsInt()),
                "a rejected annotation is left out");
        for (JsonElement f : server.get("api/formats").getAsJsonArray()) {
            String format = f.getAsJsonObject().get("format").getAsString();
            HttpResponse<byte[]> zip = server.http.send(HttpRequest.newBuilder(URI.create(server.base + "api/projects/" + seeds
                    + "/export?format=" + format)).header("Authorization", "Bearer " + server.token).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, zip.statusCode(), format);
            assertTrue(zip.body().length > 100 && zip.body()[0] == 'P' && zip.body()[1] == 'K', format);
        }
    }

    @Test
    void aSecondWorkbenchOnTheSamePortOrWorkspaceSaysWhyItCannotStart() throws Exception {
        int port = URI.create(server.base).getPort();
        Distribution.Run samePort = dist.run("workbench", "--workspace", dir.resolve("other").toString(), "--port", String.valueOf(port));
        assertEquals(2, samePort.exitCode());
        assertTrue(samePort.stderr().contains("cannot listen on 127.0.0.1:" + port), samePort.stderr());

        Distribution.Run sameWorkspace = dist.run("workbench", "--workspace", dir.resolve("ws").toString(), "--port", "0");
        assertEquals(1, sameWorkspace.exitCode());
        assertTrue(sameWorkspace.stderr().contains("is another workbench using it?"), sameWorkspace.stderr());
        assertEquals(200, server.send("GET", "api/projects", null).statusCode(), "the first workbench goes on");
    }
}
