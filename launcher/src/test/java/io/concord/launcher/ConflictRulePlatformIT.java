package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A third-party conflict rule, built against the API alone, joins the whiteboard by being copied into deploy/. */
class ConflictRulePlatformIT {
    private static final Path EXAMPLE = Path.of(System.getProperty("concord.example.rule.jar",
            "../examples/conflict-rule-casualties/target/conflict-rule-casualties-1.0.0.jar"));

    // two invented reports of one story that disagree on the death toll only
    private static final String NORTH = """
            Landslide buries hillside village in Corvania

            A landslide buried much of the hillside village of Tessaro in northern Corvania on Tuesday, killing 40 \
            people, regional governor Alda Maren said. Rescue teams from the town of Olvena dug through mud and rock \
            through the night. "We are still searching for families under the houses," Maren said. Another 12 people \
            were injured.
            """;
    private static final String SOUTH = """
            Corvania landslide buries Tessaro

            The landslide that buried the hillside village of Tessaro in northern Corvania on Tuesday killed 52 \
            people, regional governor Alda Maren said. Rescue teams from the town of Olvena dug through mud and rock \
            through the night. "We are still searching for families under the houses," Maren said. Another 12 people \
            were injured.
            """;

    @TempDir
    Path dir;

    @Test
    void thirdPartyConflictRuleDroppedIntoDeployReportsDifferentDeathTolls() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Files.copy(EXAMPLE, dist.deploy().resolve(EXAMPLE.getFileName()));

        Distribution.Run bundles = dist.run("bundles");
        assertEquals(0, bundles.exitCode(), bundles.stderr());
        String listing = bundles.stdout();
        String rules = listing.substring(listing.indexOf("Conflict rules:"));
        assertTrue(rules.lines().anyMatch(l -> l.trim().startsWith("casualties") && l.contains("conflict-rule-casualties")),
                listing);

        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("landslide-north.txt"), NORTH);
        Files.writeString(reports.resolve("landslide-south.txt"), SOUTH);
        Path out = dir.resolve("out");
        Distribution.Run run = dist.run("annotate", reports.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.stderr());

        JsonObject conflicts = Distribution.json(out.resolve("conflicts.json"));
        List<JsonObject> casualties = new ArrayList<>();
        for (JsonElement c : conflicts.getAsJsonArray("conflicts")) {
            JsonObject details = c.getAsJsonObject().getAsJsonObject("details");
            if (details != null && details.has("rule") && details.get("rule").getAsString().equals("casualties")) {
                casualties.add(c.getAsJsonObject());
            }
        }
        assertEquals(1, casualties.size(), conflicts.toString());
        JsonObject conflict = casualties.get(0);
        assertEquals("figure", conflict.get("kind").getAsString());
        assertEquals("deaths", conflict.getAsJsonObject("details").get("measure").getAsString());
        Map<String, String> claims = new TreeMap<>();
        for (JsonElement c : conflict.getAsJsonArray("claims")) {
            JsonObject claim = c.getAsJsonObject();
            claims.put(claim.get("document").getAsString() + ":" + claim.get("text").getAsString(),
                    claim.get("version").getAsString());
        }
        assertEquals(Map.of("landslide-north:40", "A", "landslide-south:52", "B"), claims, conflict.toString());
    }
}
