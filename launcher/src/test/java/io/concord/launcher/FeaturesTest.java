package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesTest {
    /** A library the launcher needs too (Gson) is shipped once, in lib/, and installed from there. */
    @Test
    void looksABundleUpInSystemThenInLib(@TempDir Path dist) throws Exception {
        Files.createDirectories(dist.resolve("features"));
        Files.createDirectories(dist.resolve("system"));
        Files.createDirectories(dist.resolve("lib"));
        Files.writeString(dist.resolve("features/core.json"), """
                {"id": "x:core:osgifeature:1", "bundles": [
                  {"id": "com.google.code.gson:gson:2.13.2"}, {"id": "info.picocli:picocli:4.7.7"},
                  {"id": "org.example:missing:1.0"}]}
                """);
        Files.writeString(dist.resolve("lib/gson-2.13.2.jar"), "");
        Files.writeString(dist.resolve("system/picocli-4.7.7.jar"), "");
        Files.writeString(dist.resolve("lib/picocli-4.7.7.jar"), "");

        List<String> problems = new ArrayList<>();
        List<Path> jars = Features.read(dist.resolve("features"), dist.resolve("system"), problems).stream()
                .map(Features.BundleEntry::jar).toList();

        assertEquals(List.of(dist.resolve("lib/gson-2.13.2.jar"), dist.resolve("system/picocli-4.7.7.jar"),
                dist.resolve("system/missing-1.0.jar")), jars, "system/ first; a missing jar is reported where it belongs");
        assertEquals(List.of(), problems);
    }
}
