package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real distribution on the seeds and checks the output against the exchange format. */
class AnnotateSeedsIT {
    @TempDir
    static Path dir;
    static Distribution dist;
    static Distribution.Run run;
    static Path out;

    @BeforeAll
    static void annotateSeeds() throws Exception {
        dist = Distribution.copyTo(dir);
        out = dir.resolve("out");
        run = dist.run("annotate", Distribution.SEEDS.toString(), "--out", out.toString(), "--format", "json,xmi");
    }

    @Test
    void annotatesEverySeedAndExitsZero() throws Exception {
        assertEquals(0, run.exitCode(), run.stderr());
        try (Stream<Path> seeds = Files.list(Distribution.SEEDS)) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String id = seed.getFileName().toString().replace(".txt", "");
                assertTrue(Files.isRegularFile(out.resolve(id + ".json")), id + ".json");
                assertTrue(Files.isRegularFile(out.resolve(id + ".xmi")), id + ".xmi");
            }
        }
        assertTrue(Files.isRegularFile(out.resolve("typesystem.xml")));
        assertTrue(Files.isRegularFile(out.resolve("run.json")));
    }

    @Test
    void writesExchangeFormatWithExactUtf16OffsetsAndProvenance() throws Exception {
        Set<String> types = new HashSet<>();
        try (Stream<Path> seeds = Files.list(Distribution.SEEDS)) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String id = seed.getFileName().toString().replace(".txt", "");
                String text = Distribution.text(seed);
                JsonObject doc = Distribution.json(out.resolve(id + ".json"));
                assertEquals("concord.annotations/1", doc.get("schema").getAsString());
                assertEquals(id, doc.getAsJsonObject("document").get("id").getAsString());
                assertEquals(text.length(), doc.getAsJsonObject("document").get("length").getAsInt());
                for (JsonElement e : doc.getAsJsonArray("annotations")) {
                    JsonObject a = e.getAsJsonObject();
                    int begin = a.get("begin").getAsInt();
                    int end = a.get("end").getAsInt();
                    assertEquals(text.substring(begin, end), a.get("text").getAsString(), id + " " + a);
                    String type = a.get("type").getAsString();
                    types.add(type);
                    assertTrue(List.of("person", "place", "figure", "quote").contains(type), type);
                    assertNotNull(a.get("annotator"), "provenance: " + a);
                    assertNotNull(a.get("annotatorVersion"), "provenance: " + a);
                    assertNotNull(a.get("confidence"), "confidence: " + a);
                    switch (type) {
                        case "person" -> assertFalse(a.get("canonical").getAsString().isBlank(), a.toString());
                        case "place" -> assertTrue(List.of("country", "city", "region", "continent", "water", "other")
                                .contains(a.get("kind").getAsString()), a.toString());
                        case "figure" -> {
                            assertTrue(List.of("count", "money", "percent", "measure", "duration", "ratio", "date")
                                    .contains(a.get("kind").getAsString()), a.toString());
                            assertTrue(a.has("value") && a.has("unit") && a.has("qualifier"), a.toString());
                        }
                        default -> assertTrue(a.has("speaker"), a.toString());
                    }
                }
            }
        }
        assertEquals(Set.of("person", "place", "figure", "quote"), types);
    }

    /** conflicts.json names each person once across the collection, and every person mention belongs to one. */
    @Test
    void listsThePeopleOfTheCollectionEachMentionOnce() throws Exception {
        Set<String> mentioned = new HashSet<>();
        try (Stream<Path> seeds = Files.list(Distribution.SEEDS)) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String id = seed.getFileName().toString().replace(".txt", "");
                for (JsonElement e : Distribution.json(out.resolve(id + ".json")).getAsJsonArray("annotations")) {
                    JsonObject a = e.getAsJsonObject();
                    if (a.get("type").getAsString().equals("person")) {
                        mentioned.add(id + ":" + a.get("begin").getAsInt() + "-" + a.get("end").getAsInt());
                    }
                }
            }
        }
        Set<String> identified = new HashSet<>();
        Set<String> canonicals = new HashSet<>();
        int acrossDocuments = 0;
        for (JsonElement e : Distribution.json(out.resolve("conflicts.json")).getAsJsonArray("people")) {
            JsonObject person = e.getAsJsonObject();
            String canonical = person.get("canonical").getAsString();
            Set<String> documents = new HashSet<>();
            for (JsonElement m : person.getAsJsonArray("mentions")) {
                JsonObject mention = m.getAsJsonObject();
                documents.add(mention.get("document").getAsString());
                assertTrue(identified.add(mention.get("document").getAsString() + ":" + mention.get("begin").getAsInt()
                        + "-" + mention.get("end").getAsInt()), "a mention in two identities: " + mention);
            }
            assertTrue(canonicals.add(canonical + documents), "one identity per person: " + canonical);
            acrossDocuments += documents.size() > 1 ? 1 : 0;
        }
        assertEquals(mentioned, identified);
        assertTrue(acrossDocuments > 0, "the seeds report one story: some people are named in several reports");
    }

    @Test
    void recordsEveryAnnotatorOfThePipelineForEachDocument() throws Exception {
        JsonObject doc = Distribution.json(out.resolve("000_dde6b549911dd594.json"));
        Set<String> ran = new HashSet<>();
        for (JsonElement e : doc.getAsJsonArray("annotators")) {
            assertEquals("OK", e.getAsJsonObject().get("status").getAsString(), e.toString());
            ran.add(e.getAsJsonObject().get("annotator").getAsString());
        }
        assertEquals(Set.of("segmenter", "people", "places", "figures", "quotes"), ran);
    }

    @Test
    void xmiMetadataNamesTheSourceByRelativePathNotByLocalAbsolutePath() throws Exception {
        Path seed;
        try (Stream<Path> seeds = Files.list(Distribution.SEEDS)) {
            seed = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        String id = seed.getFileName().toString().replace(".txt", "");
        String xmi = Files.readString(out.resolve(id + ".xmi"));
        String absolute = Distribution.SEEDS.toAbsolutePath().normalize().toString();
        assertTrue(!xmi.contains(absolute) && !xmi.contains("file:/"), "no local absolute path leaves the machine");
        assertTrue(xmi.contains("source=\"seeds/" + seed.getFileName() + "\""), "the source is the path below the input folder");
    }
}
