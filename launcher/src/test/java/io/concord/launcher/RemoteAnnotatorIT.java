package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote annotator bridge with the Python example endpoint (examples/remote-annotator-python): its
 * annotations join the documents under its id; a stopped, slow or lying endpoint fails the annotator on
 * each document with the reason, the batch finishes and the other annotators' work stays; and its .cfg
 * file adds, changes and removes the annotator while a batch runs.
 */
class RemoteAnnotatorIT {
    static final Path EXAMPLE = Path.of(System.getProperty("concord.remote.example",
            "../examples/remote-annotator-python/capitals.py"));
    static final String CFG = "io.concord.annotator.remote-capitals.cfg";

    @TempDir
    static Path dir;
    static Distribution dist;
    static Path corpus;

    @BeforeAll
    static void copyDistribution() throws Exception {
        dist = Distribution.copyTo(dir);
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("summit.txt"),
                "Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday before flying to Berlin.\n");
        Files.writeString(corpus.resolve("talks.txt"),
                "Talks between Moscow and Kyiv resumed, said Antonio Guterres, who is expected in Ankara on Friday.\n");
        Files.copy(Distribution.SEEDS.resolve("000_dde6b549911dd594.txt"), corpus.resolve("seed.txt"));
    }

    @Test
    void addsTheEndpointsAnnotationsUnderItsId() throws Exception {
        try (Endpoint ep = Endpoint.start()) {
            writeCfg(dist, ep.port, "");
            Path out = dir.resolve("ok");

            Distribution.Run run = annotate(out);

            assertEquals(0, run.exitCode(), run.stderr());
            JsonObject summit = Distribution.json(out.resolve("summit.json"));
            List<JsonObject> capitals = byAnnotator(summit, "capitals");
            assertEquals(List.of("Paris", "Berlin"), capitals.stream().map(a -> a.get("text").getAsString()).toList());
            for (JsonObject a : capitals) {
                assertEquals("place", a.get("type").getAsString());
                assertEquals("city", a.get("kind").getAsString());
                assertEquals(a.get("text").getAsString(), a.get("canonical").getAsString());
                assertTrue(a.has("annotatorVersion"), a.toString());
            }
            assertEquals("OK", status(summit, "capitals"));
            assertEquals(List.of("Moscow", "Kyiv", "Ankara"), byAnnotator(Distribution.json(out.resolve("talks.json")), "capitals")
                    .stream().map(a -> a.get("canonical").getAsString()).toList());
            assertEquals(0, Distribution.json(out.resolve("run.json")).getAsJsonArray("annotatorProblems").size());
        }
    }

    @Test
    void reportsAStoppedEndpointOnEachDocumentThenPausesIt() throws Exception {
        int port = freePort();
        writeCfg(dist, port, "retries=1\nfailuresBeforePause=2\npauseMillis=60000\n");
        Path out = dir.resolve("stopped");

        Distribution.Run run = annotate(out);

        List<String> messages = assertFailedOnEveryDocumentKeepingTheRest(run, out);
        // one retry each for the first two documents; then the breaker answers at once
        assertEquals(2, messages.stream().filter(m -> m.startsWith("RemoteFailure: cannot connect to http://127.0.0.1:" + port)
                && m.endsWith("(2 attempts)")).count(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("endpoint paused after 2 failures in a row")), messages.toString());
    }

    @Test
    void reportsASlowEndpointPastItsTimeLimit() throws Exception {
        try (Endpoint ep = Endpoint.start("--slow", "3")) {
            writeCfg(dist, ep.port, "timeoutMillis=500\nretries=0\nfailuresBeforePause=0\n");
            Path out = dir.resolve("slow");

            Distribution.Run run = annotate(out);

            List<String> messages = assertFailedOnEveryDocumentKeepingTheRest(run, out);
            assertTrue(messages.stream().allMatch(m -> m.contains("did not answer within the time limit of 500 ms")), messages.toString());
        }
    }

    @Test
    void reportsALyingEndpoint() throws Exception {
        try (Endpoint ep = Endpoint.start("--lie")) {
            writeCfg(dist, ep.port, "failuresBeforePause=0\n");
            Path out = dir.resolve("lying");

            Distribution.Run run = annotate(out);

            List<String> messages = assertFailedOnEveryDocumentKeepingTheRest(run, out);
            assertTrue(messages.stream().allMatch(m -> m.contains("is out of range: the text has")), messages.toString());
            for (String doc : List.of("summit", "talks", "seed")) {
                assertTrue(byAnnotator(Distribution.json(out.resolve(doc + ".json")), "capitals").isEmpty(),
                        "a failed document keeps none of the endpoint's answer");
            }
        }
    }

    @Test
    void sendsItsSecretAndReportsARefusedOneWithoutShowingIt() throws Exception {
        String token = "capitals-" + UUID.randomUUID();
        Path secret = dist.home.resolve("conf/capitals.secret");
        try (Endpoint ep = Endpoint.start(Map.of("CAPITALS_TOKEN", token), "--token-env", "CAPITALS_TOKEN")) {
            Files.writeString(secret, token + "\n");
            writeCfg(dist, ep.port, "auth=bearer\nsecretFile=capitals.secret\n");
            Path out = dir.resolve("authorized");

            Distribution.Run run = annotate(out);

            assertEquals(0, run.exitCode(), run.stderr());
            assertEquals(List.of("Paris", "Berlin"), byAnnotator(Distribution.json(out.resolve("summit.json")), "capitals")
                    .stream().map(a -> a.get("text").getAsString()).toList());

            Files.writeString(secret, "stale-" + token + "\n");      // a token the endpoint no longer accepts
            writeCfg(dist, ep.port, "auth=bearer\nsecretFile=capitals.secret\nfailuresBeforePause=0\n");
            Path refused = dir.resolve("refused");
            Distribution.Run refusedRun = annotate(refused);

            List<String> messages = assertFailedOnEveryDocumentKeepingTheRest(refusedRun, refused);
            assertTrue(messages.stream().allMatch(m -> m.contains(" refused the credentials from secretFile ")
                    && m.contains("capitals.secret (HTTP 401)")), messages.toString());
            assertFalse(refusedRun.stderr().contains(token) || refusedRun.stdout().contains(token), "the secret is not shown");
            assertFalse(Files.readString(refused.resolve("run.json")).contains(token), "the secret is not recorded");
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void followsItsCfgFileWhileABatchRuns(@TempDir Path tmp) throws Exception {
        Distribution own = Distribution.copyTo(tmp);
        Files.writeString(own.home.resolve("conf/concord.properties"), "felix.fileinstall.poll=200\n");
        Path many = HotDeployIT.corpus(tmp.resolve("corpus"), 1000);
        Path out = tmp.resolve("out");
        try (Endpoint ep = Endpoint.start("--slow", "0.02")) {
            writeCfg(own, ep.port, "");
            Distribution.Run run = own.start("annotate", many.toString(), "--out", out.toString(), "--threads", "1",
                    "--format", "json", "--no-conflicts");

            Set<String> seen = new HashSet<>();
            awaitDocument(out, run, seen, doc -> status(doc, "capitals") != null);
            writeCfg(own, ep.port, "id=capitals-v2\n");            // changed: the annotator is replaced
            awaitDocument(out, run, seen, doc -> status(doc, "capitals-v2") != null && status(doc, "capitals") == null);
            Files.delete(own.home.resolve("conf/" + CFG));           // removed: it leaves the pipeline
            awaitDocument(out, run, seen, doc -> status(doc, "capitals-v2") == null && status(doc, "capitals") == null);
            writeCfg(own, ep.port, "");                               // added again
            String last = awaitDocument(out, run, seen, doc -> "OK".equals(status(doc, "capitals")));

            run.await(300);
            assertEquals(0, run.exitCode(), run.stderr());
            JsonObject summary = Distribution.json(out.resolve("run.json"));
            assertEquals(1000, summary.get("annotated").getAsInt());
            assertEquals(0, summary.getAsJsonArray("annotatorProblems").size(), summary.getAsJsonArray("annotatorProblems").toString());
            assertTrue(!byAnnotator(Distribution.json(out.resolve(last)), "capitals").isEmpty());
            assertTrue(run.stderr().contains("pipeline changed"), run.stderr());
        }
    }

    /** Every document: exit 0, the remote annotator FAILED with a reason, the other annotators OK with their work. */
    private static List<String> assertFailedOnEveryDocumentKeepingTheRest(Distribution.Run run, Path out) throws Exception {
        assertEquals(0, run.exitCode(), run.stderr());
        JsonObject summary = Distribution.json(out.resolve("run.json"));
        assertEquals(3, summary.get("annotated").getAsInt(), summary.toString());
        List<String> messages = new ArrayList<>();
        for (JsonElement e : summary.getAsJsonArray("annotatorProblems")) {
            JsonObject p = e.getAsJsonObject();
            assertEquals("capitals", p.get("annotator").getAsString(), p.toString());
            assertEquals("failed", p.get("status").getAsString(), p.toString());
            assertTrue(p.get("message").getAsString().startsWith("RemoteFailure: "), p.toString());
            messages.add(p.get("message").getAsString());
        }
        assertEquals(3, messages.size(), summary.toString());
        for (String name : List.of("summit", "talks", "seed")) {
            JsonObject doc = Distribution.json(out.resolve(name + ".json"));
            assertEquals("FAILED", status(doc, "capitals"), name);
            assertEquals("OK", status(doc, "people"), name);
            assertEquals("OK", status(doc, "places"), name);
            assertTrue(!byAnnotator(doc, "people").isEmpty(), name + " keeps the people annotator's work");
        }
        return messages;
    }

    private static Distribution.Run annotate(Path out) throws Exception {
        return dist.run("annotate", corpus.toString(), "--out", out.toString(), "--threads", "1", "--format", "json", "--no-conflicts");
    }

    /** Writes the .cfg as a user would drop it into conf/ (through a temporary name, so FileInstall never reads half). */
    private static void writeCfg(Distribution d, int port, String more) throws IOException {
        Path cfg = d.home.resolve("conf/" + CFG);
        Path tmp = d.home.resolve("conf/capitals.tmp");
        Files.writeString(tmp, "url=http://127.0.0.1:" + port + "/annotate\nproduces=place\n" + (more.contains("id=") ? "" : "id=capitals\n") + more);
        Files.move(tmp, cfg, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<JsonObject> byAnnotator(JsonObject doc, String annotator) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : doc.getAsJsonArray("annotations")) {
            if (e.getAsJsonObject().get("annotator").getAsString().equals(annotator)) {
                out.add(e.getAsJsonObject());
            }
        }
        return out;
    }

    /** The annotator's status on the document, or null if it did not run. */
    private static String status(JsonObject doc, String annotator) {
        for (JsonElement e : doc.getAsJsonArray("annotators")) {
            if (e.getAsJsonObject().get("annotator").getAsString().equals(annotator)) {
                return e.getAsJsonObject().get("status").getAsString();
            }
        }
        return null;
    }

    /** Waits for a document file not seen before that satisfies the condition; returns its name. */
    private static String awaitDocument(Path out, Distribution.Run run, Set<String> seen, Predicate<JsonObject> condition)
            throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!run.process().isAlive()) {
                fail("the batch ended before the change was seen; stderr:\n" + run.stderr());
            }
            List<Path> files;
            try (Stream<Path> s = Files.isDirectory(out) ? Files.list(out) : Stream.empty()) {
                files = s.filter(p -> p.getFileName().toString().startsWith("doc-") && p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                if (seen.add(f.getFileName().toString()) && condition.test(Distribution.json(f))) {
                    return f.getFileName().toString();
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no document showed the change within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The Python example endpoint on a free port, stopped when closed. */
    record Endpoint(Process process, int port) implements AutoCloseable {
        static Endpoint start(String... flags) throws Exception {
            return start(Map.of(), flags);
        }

        static Endpoint start(Map<String, String> env, String... flags) throws Exception {
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of("python3", EXAMPLE.toString(), "--port", String.valueOf(port), "--quiet"));
            cmd.addAll(List.of(flags));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(env);
            Process p = pb.start();
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return new Endpoint(p, port);
                } catch (IOException notYet) {
                    if (!p.isAlive()) {
                        fail("the Python endpoint exited with " + p.exitValue());
                    }
                    Thread.sleep(50);
                }
            }
            p.destroyForcibly();
            throw new AssertionError("the Python endpoint did not listen on port " + port + " within 10 s");
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            process.waitFor();
        }
    }
}
