package io.concord.conflicts;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.export.json.format.ConcordJson;

/**
 * A collection of multi-report stories under src/test/resources/NAME (docs/, annotations/ as the batch made
 * them, conflicts.gold.json): detected as the detector does, written to target/NAME/conflicts.json, and scored
 * over all kinds and per kind.
 */
final class StoryCollection {
    static final List<String> KINDS = List.of("figure", "date", "quote", "attribution", "role");

    final ConflictScore.Result all;
    final Map<String, ConflictScore.Result> byKind = new LinkedHashMap<>();

    private StoryCollection(ConflictScore.Result all) {
        this.all = all;
    }

    static StoryCollection detectAndScore(String name) throws Exception {
        Path set = resource(name);
        List<DocumentRecord> docs = GoldSeeds.load(set.resolve("docs"), set.resolve("annotations"));
        ConflictReport report = TestViews.detector().detect(docs);
        Path out = Path.of("target/" + name + "/conflicts.json");
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ConcordJson.writeConflicts(report, w);
        }
        Path gold = set.resolve("conflicts.gold.json");
        StoryCollection c = new StoryCollection(ConflictScore.score(gold, out, true));
        for (String kind : KINDS) {
            c.byKind.put(kind, ConflictScore.score(onlyKind(name, gold, kind, "gold"), onlyKind(name, out, kind, "pred"),
                    true));
        }
        for (Map.Entry<String, ConflictScore.Result> e : c.byKind.entrySet()) {
            ConflictScore.Result r = e.getValue();
            System.out.printf("%s %-11s found %d/%d  %s%n", name, e.getKey(), r.found(), r.gold(), r);
        }
        System.out.println(name + " all kinds   " + c.all);
        return c;
    }

    /**
     * A copy of a conflicts file with only the groups of one kind (conflicts, consistent and optional), written to
     * target/NAME/, so that ConflictScore scores that kind alone.
     */
    private static Path onlyKind(String name, Path file, String kind, String tag) throws IOException {
        JsonObject in = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject kept = new JsonObject();
        kept.addProperty("schema", "concord.conflicts/1");
        for (String section : List.of("conflicts", "consistent", "optional")) {
            JsonArray groups = new JsonArray();
            if (in.has(section) && in.get(section).isJsonArray()) {
                for (JsonElement g : in.getAsJsonArray(section)) {
                    JsonObject o = g.getAsJsonObject();
                    if (o.has("kind") && kind.equals(o.get("kind").getAsString())) {
                        groups.add(o);
                    }
                }
            }
            kept.add(section, groups);
        }
        Path out = Path.of("target/" + name + "/" + kind + "-" + tag + ".json");
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(kept), StandardCharsets.UTF_8);
        return out;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(StoryCollection.class.getClassLoader().getResource(name), name).toURI());
    }
}
