package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With signed bundles required (conf/concord.properties), deploy/ takes a bundle signed by a key of the trust store
 * and refuses, in one line each, the same bundle changed after signing and an unsigned one; the annotators that
 * came with Concord keep running unsigned, and so does the run. An untrusted jar that replaces a trusted one while
 * a batch runs never runs.
 */
class SignedBundlesIT {
    private static final Path EXAMPLE = Path.of(System.getProperty("concord.example.jar",
            "../examples/annotator-confidence-floor/target/annotator-confidence-floor-1.0.0.jar"));
    private static final String JAR = "annotator-confidence-floor.jar";

    @TempDir
    Path dir;

    @Test
    void onlyTrustedSignaturesJoinThePipeline() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Path signed = requireSignaturesAndSign(dist);
        Path deployed = dist.deploy().resolve(JAR);

        Files.copy(signed, deployed);
        Distribution.Run trusted = dist.run("bundles", "--json");
        assertEquals(0, trusted.exitCode(), trusted.stderr());
        assertEquals(List.of("confidence-floor", "figures", "people", "places", "quotes", "segmenter"), annotators(trusted));
        assertFalse(trusted.stderr().contains("refused"), trusted.stderr());

        tamper(signed, deployed);
        Distribution.Run tampered = dist.run("bundles", "--json");
        assertEquals(0, tampered.exitCode(), tampered.stderr());
        assertEquals(List.of("figures", "people", "places", "quotes", "segmenter"), annotators(tampered));
        assertTrue(tampered.stderr().contains(JAR + " is refused: it was changed after it was signed:"
                + " com/example/concord/floor/ConfidenceFloorAnnotator.class does not match its signature"),
                tampered.stderr());

        Files.copy(EXAMPLE, deployed, StandardCopyOption.REPLACE_EXISTING);
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "The mayor of Lisbon, Ana Prado, said 40 people were hurt.\n");
        Distribution.Run run = dist.run("annotate", docs.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(JAR + " is refused: it is not signed"), run.stderr());
        assertFalse(ranTheFloor(Distribution.json(dir.resolve("out/a.json"))), run.stderr());
    }

    @Test
    void anUntrustedReplacementWhileABatchRunsNeverRuns() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Path signed = requireSignaturesAndSign(dist);
        Files.writeString(dist.home.resolve("conf/concord.properties"), "felix.fileinstall.poll=200\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path deployed = dist.deploy().resolve(JAR);
        Files.copy(signed, deployed);
        Path corpus = HotDeployIT.corpus(dir.resolve("corpus"), Integer.getInteger("concord.it.hotDeployDocuments", 6000));
        Path out = dir.resolve("out");
        Distribution.Run run = dist.start("annotate", corpus.toString(), "--out", out.toString(), "--threads", "2",
                "--format", "json", "--no-conflicts");
        HotDeployIT.awaitNewDocument(out, run, Set.of(), SignedBundlesIT::ranTheFloor);

        Path tampered = dir.resolve("tampered.jar");
        tamper(signed, tampered);
        Set<String> beforeReplacing = HotDeployIT.written(out);
        HotDeployIT.copyAtomically(tampered, deployed);
        HotDeployIT.awaitNewDocument(out, run, beforeReplacing, doc -> !ranTheFloor(doc));
        Thread.sleep(2000); // some more documents, and polls of deploy/
        run.process().destroy();
        run.process().waitFor(60, TimeUnit.SECONDS);

        // the untrusted revision never resolves: the last pipeline of the run is without it
        String stderr = run.stderr();
        assertTrue(stderr.contains(JAR + " is refused: it was changed after it was signed"), stderr);
        List<String> pipelines = stderr.lines().filter(l -> l.startsWith("concord annotate: pipeline")).toList();
        assertTrue(pipelines.size() >= 2, stderr);
        assertFalse(pipelines.get(pipelines.size() - 1).contains("confidence-floor"), stderr);
    }

    /** Requires signed bundles with a trust store of one publisher; the example annotator signed by that publisher. */
    private Path requireSignaturesAndSign(Distribution dist) throws Exception {
        Path keys = dir.resolve("publisher.p12");
        tool("keytool", "-genkeypair", "-alias", "publisher", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                "-dname", "CN=Example Publisher", "-keystore", keys.toString(), "-storepass", "secret");
        Path cert = dir.resolve("publisher.cer");
        tool("keytool", "-exportcert", "-alias", "publisher", "-keystore", keys.toString(), "-storepass", "secret",
                "-file", cert.toString());
        tool("keytool", "-importcert", "-noprompt", "-alias", "publisher", "-file", cert.toString(),
                "-keystore", dist.home.resolve("conf/trusted.p12").toString(), "-storepass", "trust-me");
        Files.writeString(dist.home.resolve("conf/concord.properties"), "\nconcord.deploy.requireSigned=true\n"
                + "concord.deploy.trustStore=conf/trusted.p12\nconcord.deploy.trustStorePassword=trust-me\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path signed = dir.resolve(JAR);
        tool("jarsigner", "-keystore", keys.toString(), "-storepass", "secret", "-signedjar", signed.toString(),
                EXAMPLE.toString(), "publisher");
        return signed;
    }

    private static boolean ranTheFloor(JsonObject doc) {
        return doc.getAsJsonArray("annotators").toString().contains("\"confidence-floor\"");
    }

    private static List<String> annotators(Distribution.Run run) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonElement a : JsonParser.parseString(run.stdout()).getAsJsonObject().getAsJsonArray("annotators")) {
            ids.add(a.getAsJsonObject().get("id").getAsString());
        }
        Collections.sort(ids);
        return ids;
    }

    /** The signed jar with the bytes of its annotator class changed, its signature files kept. */
    private static void tamper(Path signed, Path target) throws Exception {
        Path out = target.resolveSibling(".tampered.tmp");
        try (ZipFile in = new ZipFile(signed.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().endsWith("ConfidenceFloorAnnotator.class")) {
                    bytes[bytes.length - 1] ^= 1;
                }
                zip.write(bytes);
            }
        }
        Files.move(out, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void tool(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", name).toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), name + " did not finish");
        assertEquals(0, p.exitValue(), name + ": " + output);
    }
}
