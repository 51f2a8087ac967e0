package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Scores with the project's copy of the gold scorer (seeds/gold/score.py), so tests and people use one scorer. */
final class GoldScore {
    static final Path SCORER = Distribution.SEEDS.resolve("gold").resolve("score.py");

    private final JsonObject result;

    private GoldScore(JsonObject result) {
        this.result = result;
    }

    /** {@code score.py annotations GOLD_DIR PRED_DIR --docs TEXT_DIR}. */
    static GoldScore annotations(Path goldDir, Path predictions, Path texts) throws Exception {
        return new GoldScore(run("annotations", goldDir.toString(), predictions.toString(), "--docs", texts.toString()));
    }

    /** {@code score.py conflicts GOLD.json PRED.json}. */
    static GoldScore conflicts(Path gold, Path predictions) throws Exception {
        return new GoldScore(run("conflicts", gold.toString(), predictions.toString()));
    }

    private static JsonObject run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", SCORER.toString()));
        cmd.addAll(List.of(args));
        cmd.add("--json");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, output);
        return JsonParser.parseString(output).getAsJsonObject();
    }

    JsonObject json() {
        return result;
    }

    double strictF1(String type) {
        return result.getAsJsonObject("types").getAsJsonObject(type).getAsJsonObject("strict").get("f1").getAsDouble();
    }

    double attribute(String type, String attribute) {
        return result.getAsJsonObject("types").getAsJsonObject(type).getAsJsonObject("lenient")
                .getAsJsonObject("attributes").get(attribute).getAsDouble();
    }

    void assertNoOffsetErrors() {
        assertEquals(0, result.getAsJsonArray("offset_errors").size(), result.getAsJsonArray("offset_errors").toString());
        assertEquals(0, result.getAsJsonArray("missing_documents").size());
    }

    static void atLeast(double floor, double actual, String what) {
        assertTrue(actual >= floor, what + " = " + actual + ", floor " + floor);
    }
}
