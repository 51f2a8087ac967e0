package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UIMA XMI as input: a document curated in INCEpTION, and Concord's own XMI read back, keep their annotations. */
class XmiInputIT {
    private static final Path CURATED = Path.of("src/test/resources/xmi/curated-rubble.xmi");

    @TempDir
    static Path dir;
    static Distribution dist;

    @BeforeAll
    static void copyDistribution() throws Exception {
        dist = Distribution.copyTo(dir);
    }

    @Test
    void aCuratedDocumentKeepsItsPeopleAndTheAnnotatorsAddTheTypesItLacks() throws Exception {
        Path in = Files.createDirectories(dir.resolve("curated"));
        Files.copy(CURATED, in.resolve("rubble.xmi"));
        Path out = dir.resolve("curated-out");

        // in a folder, XMI is read when asked for: a folder of Concord's output holds XMI of documents read already
        Distribution.Run run = dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json",
                "--include", "*.xmi");

        assertEquals(0, run.exitCode(), run.stderr());
        JsonObject doc = Distribution.json(out.resolve("rubble.json"));
        assertEquals("curated/rubble.xmi", doc.getAsJsonObject("document").get("source").getAsString());
        List<String> people = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (JsonElement e : doc.getAsJsonArray("annotations")) {
            JsonObject a = e.getAsJsonObject();
            String line = a.get("type").getAsString() + " " + a.get("text").getAsString() + " " + a.get("annotator").getAsString();
            (a.get("type").getAsString().equals("person") ? people : others).add(line
                    + (a.has("status") ? " " + a.get("status").getAsString() : ""));
        }
        // the curator's people, as given (DKPro NamedEntity PER); the organisation (ORG) is no person or place
        assertEquals(List.of("person Okonkwo xmi-input accepted", "person Daniel Brandt xmi-input accepted"), people);
        // places and figures, which the file does not carry, from the annotators
        assertTrue(others.contains("place Izmir places"), others.toString());
        assertTrue(others.contains("figure 14 figures") && others.contains("figure 30 figures"), others.toString());
        assertTrue(others.stream().noneMatch(o -> o.contains("Red Crescent")), others.toString());
    }

    @Test
    void concordsOwnXmiReadBackGivesTheSameAnnotations() throws Exception {
        Path seed;
        try (Stream<Path> s = Files.list(Distribution.SEEDS)) {
            seed = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        String id = seed.getFileName().toString().replaceFirst("\\.txt$", "");
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, dist.run("annotate", seed.toString(), "--out", first.toString(), "--format", "json,xmi").exitCode());

        Distribution.Run again = dist.run("annotate", first.resolve(id + ".xmi").toString(), "--out", second.toString(),
                "--format", "json");

        assertEquals(0, again.exitCode(), again.stderr());
        JsonArray before = Distribution.json(first.resolve(id + ".json")).getAsJsonArray("annotations");
        JsonArray after = Distribution.json(second.resolve(id + ".json")).getAsJsonArray("annotations");
        assertTrue(before.size() > 20, "a seed has many annotations: " + before.size());
        assertEquals(before, after, "every annotation, with its attributes, as the XMI carried it");
    }

    @Test
    void aFileThatIsNoXmiFailsAloneWithItsReason() throws Exception {
        Path in = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(in.resolve("notes.xmi"), "Minutes of the council meeting, not XML at all.");
        Files.copy(CURATED, in.resolve("rubble.xmi"));
        Path out = dir.resolve("bad-out");

        Distribution.Run run = dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json",
                "--include", "*.xmi");

        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("notes.xmi") && run.stderr().contains("not UIMA XMI: "), run.stderr());
        assertTrue(Files.exists(out.resolve("rubble.json")), "the other document is annotated");
    }
}
