package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removes, re-adds and updates the places annotator through deploy/ while a batch runs, and checks that no
 * document fails and that later documents reflect each change.
 */
class HotDeployIT {
    private static final String PLACES_JAR = "concord-annotator-places.jar";
    private static final int DOCUMENTS = Integer.getInteger("concord.it.hotDeployDocuments", 6000);

    @TempDir
    Path dir;

    @Test
    void removesReaddsAndUpdatesAnnotatorWhileBatchRuns() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Files.writeString(dist.home.resolve("conf/concord.properties"), "felix.fileinstall.poll=200\n");
        Path corpus = corpus(dir.resolve("corpus"), DOCUMENTS);
        Path out = dir.resolve("out");
        Path places = dist.deploy().resolve(PLACES_JAR);
        Path original = dir.resolve(PLACES_JAR);
        Files.copy(places, original);

        Distribution.Run run = dist.start("annotate", corpus.toString(), "--out", out.toString(), "--threads", "2",
                "--format", "json", "--no-conflicts");

        awaitNewDocument(out, run, Set.of(), doc -> ranPlaces(doc) != null);
        Set<String> beforeRemoval = written(out);
        Files.delete(places);
        String removed = awaitNewDocument(out, run, beforeRemoval, doc -> ranPlaces(doc) == null);

        Set<String> beforeReadding = written(out);
        copyAtomically(original, places);
        awaitNewDocument(out, run, beforeReadding, doc -> ranPlaces(doc) != null);

        String updatedVersion = withHigherVersion(original, dir.resolve("updated.jar"));
        Set<String> beforeUpdate = written(out);
        copyAtomically(dir.resolve("updated.jar"), places);
        String updated = awaitNewDocument(out, run, beforeUpdate, doc -> updatedVersion.equals(ranPlaces(doc)));

        run.await(600);
        assertEquals(0, run.exitCode(), run.stderr());
        // an update is no removal: no document begun while the new version came in goes without places
        for (String name : written(out)) {
            if (!beforeUpdate.contains(name) && name.startsWith("doc-")) {
                assertTrue(ranPlaces(Distribution.json(out.resolve(name))) != null, name + " was annotated without places");
            }
        }
        JsonObject summary = Distribution.json(out.resolve("run.json"));
        assertEquals(DOCUMENTS, summary.get("annotated").getAsInt(), run.stderr());
        assertEquals(0, summary.getAsJsonArray("failed").size(), summary.toString());
        assertEquals(0, summary.getAsJsonArray("annotatorProblems").size(), summary.getAsJsonArray("annotatorProblems").toString());
        // A document without the places annotator has no place annotations; an updated one is stamped with the new version.
        JsonObject withoutPlaces = Distribution.json(out.resolve(removed));
        assertTrue(annotations(withoutPlaces, "place") == 0 && annotations(withoutPlaces, "person") > 0, withoutPlaces.toString());
        JsonObject withUpdate = Distribution.json(out.resolve(updated));
        for (JsonElement a : withUpdate.getAsJsonArray("annotations")) {
            if (a.getAsJsonObject().get("type").getAsString().equals("place")) {
                assertEquals(updatedVersion, a.getAsJsonObject().get("annotatorVersion").getAsString());
            }
        }
    }

    /** The version of the places annotator that ran on a document, or null if it did not run. */
    private static String ranPlaces(JsonObject doc) {
        for (JsonElement e : doc.getAsJsonArray("annotators")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("annotator").getAsString().equals("places")) {
                return o.get("version").getAsString();
            }
        }
        return null;
    }

    private static int annotations(JsonObject doc, String type) {
        int n = 0;
        for (JsonElement e : doc.getAsJsonArray("annotations")) {
            n += e.getAsJsonObject().get("type").getAsString().equals(type) ? 1 : 0;
        }
        return n;
    }

    /**
     * Waits for a document written after {@code before} was taken (so after the change was made) that
     * satisfies the condition, and returns its file name. Documents finish out of order with several
     * threads, which is why this looks at new files rather than at document numbers.
     */
    static String awaitNewDocument(Path out, Distribution.Run run, Set<String> before,
                                           Predicate<JsonObject> condition) throws Exception {
        Set<String> seen = new HashSet<>(before);
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!run.process().isAlive()) {
                fail("the batch ended before the expected change was seen; raise concord.it.hotDeployDocuments. stderr:\n" + run.stderr());
            }
            for (String name : written(out)) {
                if (seen.add(name) && condition.test(Distribution.json(out.resolve(name)))) {
                    return name;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no document showed the change within 120 s");
    }

    /** The document files written so far (written atomically, so each one is complete). */
    static Set<String> written(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("doc-") && n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String name(int i) {
        return String.format("doc-%06d", i);
    }

    /** News-like documents: the seed texts, over and over. */
    static Path corpus(Path dir, int documents) throws IOException {
        Files.createDirectories(dir);
        List<String> texts;
        try (Stream<Path> seeds = Files.list(Distribution.SEEDS)) {
            texts = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Distribution.text(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        for (int i = 0; i < documents; i++) {
            Files.writeString(dir.resolve(name(i) + ".txt"), texts.get(i % texts.size()), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** Copies through a temporary name, as an installer would, so FileInstall never reads half a jar. */
    static void copyAtomically(Path from, Path to) throws IOException {
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp-copy");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The same bundle with a higher Bundle-Version (qualifier extended), like a rebuilt annotator. */
    private static String withHigherVersion(Path jar, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(jar); JarInputStream jin = new JarInputStream(in)) {
            Manifest manifest = jin.getManifest();
            Attributes main = manifest.getMainAttributes();
            String version = main.getValue("Bundle-Version") + "-hotfix";
            main.putValue("Bundle-Version", version);
            try (OutputStream os = Files.newOutputStream(target); JarOutputStream jout = new JarOutputStream(os, manifest)) {
                for (JarEntry e = jin.getNextJarEntry(); e != null; e = jin.getNextJarEntry()) {
                    jout.putNextEntry(new JarEntry(e.getName()));
                    jin.transferTo(jout);
                    jout.closeEntry();
                }
            }
            return version;
        }
    }
}
