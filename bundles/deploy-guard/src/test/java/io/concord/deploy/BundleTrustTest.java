package io.concord.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real jars signed by the JDK's jarsigner with keys made by its keytool, checked against a trust store. */
class BundleTrustTest {
    @TempDir
    static Path dir;
    static Path trustStore;
    static Path signers;

    @BeforeAll
    static void keys() throws Exception {
        signers = dir.resolve("signers.p12");
        trustStore = dir.resolve("trusted.p12");
        for (String alias : List.of("publisher", "stranger")) {
            tool("keytool", "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                    "-dname", "CN=" + alias + ", O=Example", "-keystore", signers.toString(), "-storepass", "secret");
        }
        Path cert = dir.resolve("publisher.cer");
        tool("keytool", "-exportcert", "-alias", "publisher", "-keystore", signers.toString(), "-storepass", "secret",
                "-file", cert.toString());
        tool("keytool", "-importcert", "-noprompt", "-alias", "publisher", "-file", cert.toString(),
                "-keystore", trustStore.toString(), "-storepass", "trust-me");
    }

    @Test
    void aJarSignedByATrustedPublisherIsInstalled() throws Exception {
        assertNull(trust().refusal(signed("publisher", "ok.jar").toFile()));
    }

    @Test
    void anUnsignedJarIsRefused() throws Exception {
        assertEquals("it is not signed", trust().refusal(bundle(dir.resolve("plain.jar")).toFile()));
    }

    @Test
    void aJarSignedBySomeoneElseIsRefusedNamingTheSigner() throws Exception {
        String refusal = trust().refusal(signed("stranger", "stranger.jar").toFile());
        assertTrue(refusal.startsWith("it is signed by CN=stranger,O=Example, whom the trust store"), refusal);
    }

    @Test
    void aClassChangedAfterSigningIsFound() throws Exception {
        Path tampered = rewrite(signed("publisher", "tampered.jar"), "com/example/Annotator.class", "evil", false);
        assertEquals("it was changed after it was signed: com/example/Annotator.class does not match its signature",
                trust().refusal(tampered.toFile()));
    }

    @Test
    void aClassAddedAfterSigningIsFound() throws Exception {
        Path added = rewrite(signed("publisher", "added.jar"), "com/example/Extra.class", "extra", true);
        assertEquals("it was changed after it was signed: com/example/Extra.class is not signed",
                trust().refusal(added.toFile()));
    }

    @Test
    void aJarThatCameWithConcordNeedsNoSignature() throws Exception {
        Path shipped = bundle(dir.resolve("shipped.jar"));
        Path digests = Files.createDirectories(dir.resolve("digests"));
        Files.writeString(digests.resolve("shipped.jar.sha256"), BundleTrust.sha256(shipped) + "\n");
        BundleTrust trust = BundleTrust.load(trustStore, "trust-me".toCharArray(), digests);
        assertNull(trust.refusal(shipped.toFile()));
        Path changed = rewrite(shipped, "com/example/Annotator.class", "evil", false);
        assertEquals("it is not signed", trust.refusal(changed.toFile()));
    }

    @Test
    void withoutAReadableTrustStoreOnlyWhatCameWithConcordIsInstalled() throws Exception {
        BundleTrust wrongPassword = BundleTrust.load(trustStore, "guess".toCharArray(), null);
        String refusal = wrongPassword.refusal(signed("publisher", "ok2.jar").toFile());
        assertTrue(refusal.startsWith("it did not come with Concord and the trust store " + trustStore + " cannot be read"),
                refusal);
        BundleTrust missing = BundleTrust.load(dir.resolve("nowhere.p12"), null, null);
        assertTrue(missing.trustStoreProblem().endsWith("nowhere.p12 does not exist"), missing.trustStoreProblem());
    }

    private static BundleTrust trust() {
        return BundleTrust.load(trustStore, "trust-me".toCharArray(), null);
    }

    private static Path signed(String alias, String name) throws Exception {
        Path jar = bundle(dir.resolve("unsigned-" + name));
        Path out = dir.resolve(name);
        tool("jarsigner", "-keystore", signers.toString(), "-storepass", "secret", "-signedjar", out.toString(),
                jar.toString(), alias);
        return out;
    }

    private static Path bundle(Path jar) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().putValue("Bundle-SymbolicName", "com.example.trust");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            out.putNextEntry(new ZipEntry("com/example/Annotator.class"));
            out.write("not really a class".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("com/example/names.txt"));
            out.write("a list".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    /** A copy of {@code jar} with {@code entry} given {@code content} (added when {@code add}), signatures kept. */
    private static Path rewrite(Path jar, String entry, String content, boolean add) throws IOException {
        Path out = dir.resolve("changed-" + jar.getFileName());
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (!add && e.getName().equals(entry)) {
                    zip.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(e).transferTo(zip);
                }
            }
            if (add) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void tool(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", name).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), name + " did not finish");
        assertEquals(0, p.exitValue(), name + ": " + output);
    }
}
