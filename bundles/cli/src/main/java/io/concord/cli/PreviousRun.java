package io.concord.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What an earlier run into the same {@code --out} finished, read from its {@code run.json}, so that
 * {@code --resume} annotates only the rest: a document counts as done when that run annotated it with the
 * same pipeline (annotators and versions) from the same text (its SHA-256).
 */
final class PreviousRun {
    static final PreviousRun NONE = new PreviousRun(Map.of(), null);

    private final Map<String, String> annotated;
    /** Why nothing of the earlier run can be kept, or null. */
    private final String reason;

    private PreviousRun(Map<String, String> annotated, String reason) {
        this.annotated = annotated;
        this.reason = reason;
    }

    /** The earlier run recorded in {@code runJson}, if it used the pipeline {@code pipeline} (as run.json writes it). */
    static PreviousRun read(Path runJson, JsonElement pipeline, JsonElement export) {
        if (!Files.isRegularFile(runJson)) {
            return new PreviousRun(Map.of(), "no run.json of an earlier run in the output folder");
        }
        JsonObject run;
        try (Reader r = Files.newBufferedReader(runJson, StandardCharsets.UTF_8)) {
            run = JsonParser.parseReader(r).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            return new PreviousRun(Map.of(), "the earlier run.json cannot be read (" + e.getMessage() + ")");
        }
        if (!run.has("states")) {
            return new PreviousRun(Map.of(), "the earlier run.json lists no document states");
        }
        if (!pipeline.equals(run.get("pipeline"))) {
            return new PreviousRun(Map.of(), "the pipeline changed since the earlier run (annotators or their versions)");
        }
        // a run.json from before the export options were recorded wrote UTF-16 offsets and no text
        JsonElement earlierExport = run.has("export") ? run.get("export")
                : JsonParser.parseString("{\"offsets\":\"utf16\",\"withText\":false}");
        if (!export.equals(earlierExport)) {
            return new PreviousRun(Map.of(), "the export options changed since the earlier run (--offsets, --with-text)");
        }
        Map<String, String> done = new HashMap<>();
        try {
            for (JsonElement e : run.getAsJsonArray("states")) {
                JsonObject s = e.getAsJsonObject();
                if (DocumentStates.ANNOTATED.equals(s.get("state").getAsString()) && s.has("sha256")) {
                    done.put(s.get("id").getAsString(), s.get("sha256").getAsString());
                }
            }
        } catch (RuntimeException e) {
            return new PreviousRun(Map.of(), "the earlier run.json's document states cannot be read (" + e + ")");
        }
        return new PreviousRun(done, null);
    }

    /** Whether the earlier run annotated document {@code id} from a text with this hash. */
    boolean annotated(String id, String textHash) {
        return textHash.equals(annotated.get(id));
    }

    int size() {
        return annotated.size();
    }

    String reason() {
        return reason;
    }
}
