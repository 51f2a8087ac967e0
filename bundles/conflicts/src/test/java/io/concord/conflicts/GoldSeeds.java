package io.concord.conflicts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;

/** Builds DocumentRecords from the gold annotations of the seed texts, as the pipeline would. */
final class GoldSeeds {
    private GoldSeeds() {}

    /** The seeds folder: {@code -Dconcord.seeds=...}, else {@code seeds/} of the project root. */
    static Path seedsDir() {
        String prop = System.getProperty("concord.seeds");
        if (prop != null) {
            return Path.of(prop);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds/gold"))) {
                return p.resolve("seeds");
            }
        }
        return here.resolve("seeds");
    }

    static List<DocumentRecord> load(Path seeds) throws IOException {
        return load(seeds, seeds.resolve("gold"));
    }

    /**
     * The texts of a folder with the annotations of another: gold annotations, or the pipeline's own
     * ({@code <id>.json} in the {@code concord.annotations/1} format either way).
     */
    static List<DocumentRecord> load(Path seeds, Path annotations) throws IOException {
        List<DocumentRecord> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                Path gold = annotations.resolve(id + ".json");
                out.add(new DocumentRecord(id, text, annotations(gold, text), List.of()));
            }
        }
        return out;
    }

    private static List<AnnotationRecord> annotations(Path gold, String text) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(gold, StandardCharsets.UTF_8)).getAsJsonObject();
        List<AnnotationRecord> out = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("annotations")) {
            JsonObject a = e.getAsJsonObject();
            Map<String, Object> attrs = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> f : a.entrySet()) {
                switch (f.getKey()) {
                    case "type", "begin", "end", "text", "optional" -> { }
                    default -> attrs.put(f.getKey(), value(f.getValue()));
                }
            }
            int b = a.get("begin").getAsInt();
            int en = a.get("end").getAsInt();
            out.add(new AnnotationRecord(a.get("type").getAsString(), b, en, text.substring(b, en), attrs));
        }
        return out;
    }

    private static Object value(JsonElement v) {
        if (v == null || v.isJsonNull()) {
            return null;
        }
        JsonPrimitive p = v.getAsJsonPrimitive();
        if (p.isNumber()) {
            double d = p.getAsDouble();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        }
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        return p.getAsString();
    }
}
