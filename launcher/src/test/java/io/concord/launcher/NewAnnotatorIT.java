package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps of docs/writing-an-annotator.md ("Ten minutes to a running annotator"), literally: a project made by
 * {@code bin/concord new annotator}, built by Maven outside Concord's reactor (its parent, API and types come
 * from the local repository or the distribution's sdk/repository), dropped into deploy/, listed in the pipeline
 * and annotating.
 */
class NewAnnotatorIT {
    @TempDir
    Path dir;

    @Test
    void aNewAnnotatorProjectBuildsAndJoinsThePipeline() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Path work = Files.createDirectories(dir.resolve("work"));

        Distribution.Run created = dist.run("new", "annotator", "harbour-names", "--package", "com.example.harbours",
                "--dir", work.toString());
        assertEquals(0, created.exitCode(), created.stderr());
        assertTrue(created.stdout().contains("mvn package"), created.stdout());
        Path project = work.resolve("harbour-names");

        String build = maven(project, "package");
        assertTrue(build.contains("Tests run: 9, Failures: 0, Errors: 0"), build);
        Path jar = project.resolve("target/harbour-names-1.0.0.jar");
        assertTrue(Files.isRegularFile(jar), build);

        Files.copy(jar, dist.deploy().resolve(jar.getFileName()));
        Distribution.Run bundles = dist.run("bundles", "--json");
        assertEquals(0, bundles.exitCode(), bundles.stderr());
        List<String> order = new ArrayList<>();
        for (JsonElement a : JsonParser.parseString(bundles.stdout()).getAsJsonObject().getAsJsonArray("annotators")) {
            assertTrue(a.getAsJsonObject().get("active").getAsBoolean(), a.toString());
            order.add(a.getAsJsonObject().get("id").getAsString());
        }
        assertTrue(order.indexOf("harbour-names") > order.indexOf("segmenter"), order.toString());

        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("port.txt"), "Cranes stood idle at the Port of Antwerp-Bruges on Monday, the"
                + " operator said.\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Distribution.Run run = dist.run("annotate", docs.toString(), "--out", out.toString(), "--no-conflicts");
        assertEquals(0, run.exitCode(), run.stderr());
        JsonObject doc = Distribution.json(out.resolve("port.json"));
        List<String> listed = new ArrayList<>();
        for (JsonElement a : doc.getAsJsonArray("annotations")) {
            JsonObject o = a.getAsJsonObject();
            if ("harbour-names".equals(o.get("annotator").getAsString())) {
                listed.add(o.get("type").getAsString() + ":" + o.get("text").getAsString());
            }
        }
        assertEquals(List.of("place:Port of Antwerp-Bruges"), listed, doc.toString());
    }

    /** Runs the Maven of this build in {@code project} with its local repository (and offline if it is). */
    private static String maven(Path project, String... goals) throws Exception {
        String home = System.getProperty("concord.maven.home");
        List<String> cmd = new ArrayList<>(List.of(home == null ? "mvn" : Path.of(home, "bin", "mvn").toString(), "-B", "-ntp"));
        String repo = System.getProperty("concord.maven.repo");
        if (repo != null && !repo.isBlank()) {
            cmd.add("-Dmaven.repo.local=" + repo);
        }
        if ("offline=true".equals(System.getProperty("concord.maven.mode"))) {
            cmd.add("-o");
        }
        cmd.addAll(List.of(goals));
        Path log = project.resolveSibling("maven.log");
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("mvn " + goals[0] + " did not finish in 10 minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), output);
        return output;
    }
}
