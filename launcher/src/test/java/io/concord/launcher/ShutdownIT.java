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
 * annotators or none: what is written was annotated by the whole pipeline.
 */
class ShutdownIT {
    @TempDir
    Path dir;

    @Test
    void aStoppedBatchWritesNoDocumentFromAPipelineThatIsShuttingDown() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Path corpus = HotDeployIT.corpus(dir.resolve("corpus"), 3000);
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
    }
}
