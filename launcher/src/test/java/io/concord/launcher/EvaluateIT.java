package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/concord evaluate} annotates inside the real runtime and scores as seeds/gold/score.py does: every
 * count and every figure of its JSON equals the reference scorer's on the same predictions.
 */
class EvaluateIT {
    @TempDir
    static Path dir;
    static Distribution dist;

    @BeforeAll
    static void install() throws Exception {
        dist = Distribution.copyTo(dir);
    }

    private static Path set(String name) throws Exception {
        return Path.of(EvaluateIT.class.getClassLoader().getResource("generalisation/" + name).toURI());
    }

    @Test
    void givesTheReferenceScorersFiguresOnTwoSets() throws Exception {
        for (String name : new String[] {"genres-fresh", "world-fresh"}) {
            Path texts = set(name);
            Path kept = dir.resolve("pred-" + name);
            Distribution.Run run = dist.run("evaluate", texts.toString(), "--gold", texts.resolve("gold").toString(),
                    "--out", kept.toString(), "--json");
            assertEquals(0, run.exitCode(), run.stderr());
            JsonObject ours = JsonParser.parseString(run.stdout()).getAsJsonObject();
            JsonObject reference = GoldScore.annotations(texts.resolve("gold"), kept, texts).json();
            assertEquals(reference.get("documents"), ours.get("documents"), name);
            for (String type : new String[] {"person", "place", "figure", "quote"}) {
                assertEquals(reference.getAsJsonObject("types").get(type), ours.getAsJsonObject("types").get(type),
                        name + " " + type);
            }
        }
    }

    @Test
    void scoresOneAnnotatorAndPrintsATable() throws Exception {
        Path texts = set("world-fresh");
        Distribution.Run run = dist.run("evaluate", texts.toString(), "--gold", texts.resolve("gold").toString(),
                "--annotator", "places");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("(annotations of places only)"), run.stdout());
        assertTrue(run.stdout().matches("(?s).*\\nperson +142 +0 \\|.*"), run.stdout());
        assertTrue(run.stdout().matches("(?s).*\\nplace +318 +[1-9][0-9]* \\|.*"), run.stdout());
    }

    @Test
    void refusesAGoldFolderThatIsNotThere() throws Exception {
        Distribution.Run run = dist.run("evaluate", set("world-fresh").toString(), "--gold", dir.resolve("nowhere").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("is not a folder of gold annotation files"), run.stderr());
    }
}
