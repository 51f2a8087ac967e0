package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A third-party annotator, built against the API alone, joins the pipeline by being copied into deploy/. */
class PlatformIT {
    private static final Path EXAMPLE = Path.of(System.getProperty("concord.example.jar",
            "../examples/annotator-confidence-floor/target/annotator-confidence-floor-1.0.0.jar"));

    @TempDir
    Path dir;

    @Test
    void thirdPartyAnnotatorDroppedIntoDeployJoinsThePipelineInDependencyOrder() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Files.copy(EXAMPLE, dist.deploy().resolve(EXAMPLE.getFileName()));
        Files.writeString(dist.home.resolve("conf/com.example.concord.floor.cfg"), "floor=0.75\n");

        Distribution.Run bundles = dist.run("bundles", "--json");
        assertEquals(0, bundles.exitCode(), bundles.stderr());
        List<String> order = new ArrayList<>();
        for (JsonElement a : JsonParser.parseString(bundles.stdout()).getAsJsonObject().getAsJsonArray("annotators")) {
            assertTrue(a.getAsJsonObject().get("active").getAsBoolean(), a.toString());
            order.add(a.getAsJsonObject().get("id").getAsString());
        }
        // It needs the four annotation types, so it runs after all of their producers.
        assertEquals("confidence-floor", order.get(order.size() - 1), order.toString());

        Path out = dir.resolve("out");
        Distribution.Run run = dist.run("annotate", Distribution.SEEDS.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        JsonObject doc = Distribution.json(out.resolve("000_dde6b549911dd594.json"));
        for (JsonElement a : doc.getAsJsonArray("annotations")) {
            double confidence = a.getAsJsonObject().get("confidence").getAsDouble();
            assertTrue(confidence >= 0.75, "the floor from conf/ applies: " + a);
        }
        assertTrue(doc.getAsJsonArray("annotators").toString().contains("confidence-floor"));
    }

    @Test
    void theUsersHomeKeepsTheirBundlesAndSettingsApartFromTheDistribution() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Path home = dir.resolve("my-concord");
        Files.createDirectories(home.resolve("deploy"));
        Files.createDirectories(home.resolve("conf"));
        Files.copy(EXAMPLE, home.resolve("deploy").resolve(EXAMPLE.getFileName()));
        Files.writeString(home.resolve("conf/com.example.concord.floor.cfg"), "floor=0.9\n");

        Distribution.Run version = dist.start(java.util.Map.of("CONCORD_HOME", home.toString()), "--version").await(60);
        assertTrue(version.stdout().contains("home " + home.toAbsolutePath().normalize()), version.stdout());
        Path out = dir.resolve("out");
        Distribution.Run run = dist.start(java.util.Map.of("CONCORD_HOME", home.toString()), "annotate",
                Distribution.SEEDS.toString(), "--out", out.toString(), "--no-conflicts").await(300);
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("confidence-floor 1.0.0"), "a jar in the home's deploy/ joins: " + run.stderr());
        for (JsonElement a : Distribution.json(out.resolve("000_dde6b549911dd594.json")).getAsJsonArray("annotations")) {
            assertTrue(a.getAsJsonObject().get("confidence").getAsDouble() >= 0.9, "the home's conf/ applies: " + a);
        }

        // --home names another home: without the jar there, the pipeline is the distribution's own
        Path other = dir.resolve("other-home");
        Distribution.Run elsewhere = dist.run("--home", other.toString(), "bundles");
        assertEquals(0, elsewhere.exitCode(), elsewhere.stderr());
        assertTrue(!elsewhere.stdout().contains("confidence-floor"), elsewhere.stdout());
        assertTrue(Files.isDirectory(other.resolve("deploy")) && Files.isDirectory(other.resolve("conf")),
                "a new home gets its deploy/ and conf/");
    }

    /** Every bundle's settings with their defaults, meanings and the values in force, from the metatype bnd wrote. */
    @Test
    void listsEverySettingWithItsDefaultAndTheValueInForce() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Files.writeString(dist.home.resolve("conf/io.concord.engine.cfg"), "annotatorTimeoutMillis=45000\n");
        Files.writeString(dist.home.resolve("conf/io.concord.annotator.remote-capitals.cfg"),
                "url=http://127.0.0.1:8090/annotate\nproduces=place\ntimeoutMillis=2500\n");

        Distribution.Run run = dist.run("bundles", "--settings");

        assertEquals(0, run.exitCode(), run.stderr());
        String out = run.stdout();
        assertTrue(out.contains("io.concord.engine  Concord engine  [concord-engine]"), out);
        assertTrue(out.matches("(?s).*annotatorTimeoutMillis +60000  \\[now 45000\\].*"), out);
        assertTrue(out.matches("(?s).*sectionChars +1000000\n +A document longer than.*"), out);
        assertTrue(out.contains("io.concord.annotator.remote (factory)") && out.contains("instances: capitals"), out);
        assertTrue(out.matches("(?s).*timeoutMillis +10000  \\[capitals: 2500\\].*"), out);
        for (String pid : List.of("io.concord.annotator.people", "io.concord.annotator.places", "io.concord.annotator.figures",
                "io.concord.annotator.quotes", "io.concord.conflicts")) {
            assertTrue(out.contains(pid), pid + " in " + out);
        }
        JsonObject json = JsonParser.parseString(dist.run("bundles", "--settings", "--json").stdout()).getAsJsonObject();
        assertTrue(json.getAsJsonArray("settings").size() >= 10, json.toString());
    }
}
