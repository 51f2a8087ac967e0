package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch stopped with SIGTERM (Ctrl-C, a container stopping) stops the framework under the running command:
 * its annotators leave one by one. No document may be written as done by the pipeline that is left, with some
 * annotators or none: what is written was annotated by the whole pipeline. The run records what it did, so
 * that --resume keeps it.
 */
class ShutdownIT {
    @TempDir
    Path dir;

    @Test
    void aStoppedBatchWritesNoDocumentFromAPipelineThatIsShuttingDown() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Path corpus = HotDeployIT.corpus(dir.resolve("corpus"), 1500);
        Path out = dir.resolve("out");
        Distribution.Run run = dist.start("annotate", corpus.toString(), "--out", out.toString(), "--threads", "2",
                "--format", "json", "--no-conflicts");
        HotDeployIT.awaitNewDocument(out, run, Set.of(), doc -> true);
        Thread.sleep(1500);

        run.process().destroy(); // SIGTERM
        assertTrue(run.process().waitFor(60, TimeUnit.SECONDS), "the run ends");

        List<String> partial = new ArrayList<>();
        for (String name : HotDeployIT.written(out)) {
            JsonObject doc = Distribution.json(out.resolve(name));
            List<String> ran = new ArrayList<>();
            if (doc.has("annotators")) {
                for (JsonElement e : doc.getAsJsonArray("annotators")) {
                    ran.add(e.getAsJsonObject().get("annotator").getAsString());
                }
            }
            if (ran.size() != 5) {
                partial.add(name + " " + ran);
            }
        }
        assertEquals(List.of(), partial, run.stderr());

        // what was done is recorded, and a re-run with --resume keeps it
        assertTrue(run.stderr().contains("concord annotate: stopped after"), run.stderr());
        JsonObject record = Distribution.json(out.resolve("run.json"));
        assertEquals("stopped", record.get("state").getAsString());
        int written = HotDeployIT.written(out).size();
        long annotated = record.getAsJsonArray("states").asList().stream()
                .filter(e -> e.getAsJsonObject().get("state").getAsString().equals("annotated")).count();
        assertEquals(written, annotated, "every written document is recorded as annotated");
        Distribution.Run resumed = dist.run("annotate", corpus.toString(), "--out", out.toString(), "--threads", "2",
                "--format", "json", "--no-conflicts", "--resume", "--quiet");
        assertEquals(0, resumed.exitCode(), resumed.stderr());
        JsonObject finished = Distribution.json(out.resolve("run.json"));
        assertEquals(1500, finished.get("annotated").getAsInt(), finished.toString().substring(0, 300));
        assertEquals(written, finished.get("resumed").getAsInt(), finished.toString().substring(0, 300));
    }
}
