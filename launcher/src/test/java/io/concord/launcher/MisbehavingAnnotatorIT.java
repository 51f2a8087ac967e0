package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misbehaving annotator bundle in deploy/ (test fixture launcher/test-bundles/faulty-annotator): one that
 * throws, one that overruns its time limit, one that ignores the interrupt. Each such document keeps the other
 * annotators' results, the failure is reported for that document, and the batch goes on.
 */
class MisbehavingAnnotatorIT {
    private static final Path FAULTY = Path.of(System.getProperty("concord.faulty.jar",
            "test-bundles/faulty-annotator/target/concord-test-faulty-annotator-0.1.0-SNAPSHOT.jar"));

    @TempDir
    static Path dir;
    static Distribution dist;
    static Path corpus;

    @BeforeAll
    static void installFaultyAnnotator() throws Exception {
        dist = Distribution.copyTo(dir);
        Files.copy(FAULTY, dist.deploy().resolve("faulty-annotator.jar"));
        Files.writeString(dist.home.resolve("conf/io.concord.engine.cfg"),
                "annotatorTimeoutMillis=1000\noverrunGraceMillis=300\ncasPoolSize=16\n");
        corpus = Files.createDirectories(dir.resolve("corpus"));
        String news = Distribution.text(Distribution.SEEDS.resolve("000_dde6b549911dd594.txt"));
        Files.writeString(corpus.resolve("calm.txt"), news);
        for (String mode : new String[]{"throw", "sleep", "spin"}) {
            Files.writeString(corpus.resolve(mode + ".txt"), news + "\n[[" + mode + "]]\n");
        }
    }

    @Test
    void reportsEachMisbehaviourForItsDocumentAndKeepsTheOtherAnnotatorsResults() throws Exception {
        Path out = dir.resolve("out");
        Distribution.Run run = dist.run("annotate", corpus.toString(), "--out", out.toString(), "--threads", "2",
                "--format", "json", "--no-conflicts");

        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, String> expected = Map.of("calm", "OK", "throw", "FAILED", "sleep", "TIMEOUT", "spin", "TIMEOUT");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonObject doc = Distribution.json(out.resolve(e.getKey() + ".json"));
            Map<String, String> status = new HashMap<>();
            for (JsonElement o : doc.getAsJsonArray("annotators")) {
                status.put(o.getAsJsonObject().get("annotator").getAsString(), o.getAsJsonObject().get("status").getAsString());
            }
            assertEquals(e.getValue(), status.get("faulty"), e.getKey() + ": " + status);
            status.remove("faulty");
            assertTrue(status.values().stream().allMatch("OK"::equals), e.getKey() + ": " + status);
            long people = 0;
            for (JsonElement a : doc.getAsJsonArray("annotations")) {
                JsonObject ann = a.getAsJsonObject();
                assertTrue(!ann.get("annotator").getAsString().equals("faulty"), "the faulty annotator's work is dropped: " + ann);
                people += ann.get("type").getAsString().equals("person") ? 1 : 0;
            }
            assertTrue(people > 10, e.getKey() + " keeps the people annotator's results");
        }
        JsonObject summary = Distribution.json(out.resolve("run.json"));
        assertEquals(3, summary.getAsJsonArray("annotatorProblems").size(), summary.toString());
        assertEquals(0, summary.getAsJsonArray("failed").size());
    }

    @Test
    void countsSuchDocumentsAsFailedWhenStrict() throws Exception {
        Path out = dir.resolve("strict-out");
        Distribution.Run run = dist.run("annotate", corpus.resolve("throw.txt").toString(), corpus.resolve("calm.txt").toString(),
                "--out", out.toString(), "--format", "json", "--no-conflicts", "--strict");

        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("throw.txt") && run.stderr().contains("asked to fail"), run.stderr());
        assertTrue(Files.isRegularFile(out.resolve("calm.json")));
    }
}
