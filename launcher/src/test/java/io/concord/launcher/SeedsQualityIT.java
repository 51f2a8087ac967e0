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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality regression on the seeds: the distribution's output is scored by the project's copy of the gold
 * scorer (seeds/gold/score.py) and must stay at or above the floors below. The floors are the targets of
 * the annotator and conflict issues where they are met, and the measured level otherwise (see README).
 */
class SeedsQualityIT {
    private static final Path GOLD = Distribution.SEEDS.resolve("gold");

    @TempDir
    static Path dir;
    static Path out;
    static JsonObject annotations;
    static JsonObject conflicts;

    @BeforeAll
    static void annotateAndScore() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        out = dir.resolve("out");
        Distribution.Run run = dist.run("annotate", Distribution.SEEDS.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        annotations = score("annotations", GOLD.toString(), out.toString(), "--docs", Distribution.SEEDS.toString());
        conflicts = score("conflicts", GOLD.resolve("conflicts.json").toString(), out.resolve("conflicts.json").toString());
    }

    private static JsonObject score(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", GOLD.resolve("score.py").toString()));
        cmd.addAll(List.of(args));
        cmd.add("--json");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, output);
        return JsonParser.parseString(output).getAsJsonObject();
    }

    private static double strictF1(String type) {
        return annotations.getAsJsonObject("types").getAsJsonObject(type).getAsJsonObject("strict").get("f1").getAsDouble();
    }

    private static double attribute(String type, String attribute) {
        return annotations.getAsJsonObject("types").getAsJsonObject(type).getAsJsonObject("lenient")
                .getAsJsonObject("attributes").get(attribute).getAsDouble();
    }

    private static void atLeast(double floor, double actual, String what) {
        assertTrue(actual >= floor, what + " = " + actual + ", floor " + floor);
    }

    @Test
    void writesNoOffsetErrors() {
        assertEquals(0, annotations.getAsJsonArray("offset_errors").size(), annotations.getAsJsonArray("offset_errors").toString());
        assertEquals(0, annotations.getAsJsonArray("missing_documents").size());
    }

    @Test
    void findsPeopleWithCanonicalNames() {
        atLeast(Floors.PERSON_F1, strictF1("person"), "person strict F1");
        atLeast(Floors.PERSON_CANONICAL, attribute("person", "canonical"), "person canonical");
    }

    @Test
    void findsPlacesWithCanonicalNamesAndKinds() {
        atLeast(Floors.PLACE_F1, strictF1("place"), "place strict F1");
        atLeast(Floors.PLACE_CANONICAL, attribute("place", "canonical"), "place canonical");
        atLeast(Floors.PLACE_KIND, attribute("place", "kind"), "place kind");
    }

    @Test
    void findsFiguresWithValuesUnitsAndQualifiers() {
        atLeast(Floors.FIGURE_F1, strictF1("figure"), "figure strict F1");
        atLeast(Floors.FIGURE_VALUE, attribute("figure", "value"), "figure value");
        atLeast(Floors.FIGURE_UNIT, attribute("figure", "unit"), "figure unit");
        atLeast(Floors.FIGURE_QUALIFIER, attribute("figure", "qualifier"), "figure qualifier");
    }

    @Test
    void findsQuotesWithSpeakers() {
        atLeast(Floors.QUOTE_F1, strictF1("quote"), "quote strict F1");
        atLeast(Floors.QUOTE_SPEAKER, attribute("quote", "speaker"), "quote speaker");
    }

    @Test
    void findsDisagreementsAndLeavesConsistentStatementsAlone() {
        JsonObject byKind = conflicts.getAsJsonObject("by_kind");
        atLeast(Floors.CONFLICT_RECALL, byKind.get("recall").getAsDouble(), "conflict recall (by kind)");
        atLeast(Floors.CONFLICT_PRECISION, byKind.get("precision").getAsDouble(), "conflict precision (by kind)");
        assertTrue(byKind.get("consistent_groups_flagged").getAsInt() <= Floors.CONSISTENT_FLAGGED, byKind.toString());
    }

    /** The floors asserted above, in one place. */
    static final class Floors {
        static final double PERSON_F1 = 0.97;
        static final double PERSON_CANONICAL = 0.97;
        static final double PLACE_F1 = 0.95;
        static final double PLACE_CANONICAL = 0.95;
        static final double PLACE_KIND = 0.95;
        static final double FIGURE_F1 = 0.92;
        static final double FIGURE_VALUE = 0.97;
        static final double FIGURE_UNIT = 0.95;
        static final double FIGURE_QUALIFIER = 0.95;
        static final double QUOTE_F1 = 0.98;
        static final double QUOTE_SPEAKER = 0.92;
        static final double CONFLICT_RECALL = 0.90;
        static final double CONFLICT_PRECISION = 0.90;
        static final int CONSISTENT_FLAGGED = 0;
    }
}
