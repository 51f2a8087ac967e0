package io.concord.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NonBundleJarReporterTest {
    @TempDir
    Path dir;

    private Path jar(String name, String bsn) throws Exception {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (bsn != null) {
            mf.getMainAttributes().putValue("Bundle-SymbolicName", bsn);
        }
        Path p = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(p); JarOutputStream j = new JarOutputStream(os, mf)) {
            j.flush();
        }
        return p;
    }

    @Test
    void claimsGarbageAndPlainJarsButLeavesBundlesToFileInstall() throws Exception {
        Path garbage = Files.write(dir.resolve("broken.jar"), new byte[]{1, 2, 3, 4});
        NonBundleJarReporter reporter = new NonBundleJarReporter();
        assertTrue(reporter.canHandle(garbage.toFile()));
        assertTrue(NonBundleJarReporter.problem(garbage.toFile()).startsWith("not a readable jar"));
        assertTrue(reporter.canHandle(jar("plain.jar", null).toFile()));
        assertFalse(reporter.canHandle(jar("bundle.jar", "example.bundle").toFile()));
        assertNull(NonBundleJarReporter.problem(jar("other.jar", "example.other").toFile()));
        assertFalse(reporter.canHandle(Files.writeString(dir.resolve("notes.cfg"), "a=b").toFile()));
    }
}
