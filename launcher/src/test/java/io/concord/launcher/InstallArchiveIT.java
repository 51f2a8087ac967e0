package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tar.gz the build makes installs by unpacking: bin/concord runs from wherever it lands. */
class InstallArchiveIT {
    @TempDir
    Path dir;

    private static Path archive() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            return s.filter(p -> p.getFileName().toString().matches("concord-.*\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no concord-<version>.tar.gz in target/"));
        }
    }

    private String run(Path cwd, String... cmd) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("CONCORD_HOME", dir.resolve("concord-home").toString()); // never the user's ~/.concord
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }

    @Test
    void unpacksAndRunsFromAnyFolder() throws Exception {
        run(dir, "tar", "xzf", archive().toAbsolutePath().toString());
        Path home;
        try (Stream<Path> s = Files.list(dir)) {
            home = s.filter(p -> p.getFileName().toString().startsWith("concord-") && Files.isDirectory(p)).findFirst().orElseThrow();
        }
        assertTrue(Files.isExecutable(home.resolve("bin/concord")), "bin/concord is executable");
        assertTrue(run(dir, home.resolve("bin/concord").toString(), "--version").startsWith("Concord "));
        String bundles = run(dir, home.resolve("bin/concord").toString(), "bundles");
        assertTrue(bundles.contains("quotes") && bundles.contains("active"), bundles);
    }
}
