package io.concord.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.apache.felix.utils.properties.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void changesOneValueAndKeepsTheOperatorsCommentsAndOrder() throws Exception {
        Path cfg = dir.resolve("io.concord.engine.cfg");
        Files.write(cfg, List.of("# Concord engine.", "# Time limit in ms.", "annotatorTimeoutMillis=60000",
                "# CASes kept.", "casPoolSize=16"));

        String previous = SettingsFile.set(cfg, "casPoolSize", "4", "ignored: the key has a comment already");

        assertEquals("16", previous);
        assertEquals(List.of("# Concord engine.", "# Time limit in ms.", "annotatorTimeoutMillis=60000",
                "# CASes kept.", "casPoolSize = 4"), Files.readAllLines(cfg));
    }

    @Test
    void aNewSettingGetsItsMeaningAsComment() throws Exception {
        Path cfg = dir.resolve("conf/io.concord.annotator.places.cfg");

        assertNull(SettingsFile.set(cfg, "minimumPopulation", "5000", "Towns smaller than this\n are left out."));

        assertEquals(List.of("# Towns smaller than this are left out.", "minimumPopulation = 5000"), Files.readAllLines(cfg));
        if (cfg.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(cfg)), "not a private temporary file's");
        }
        try (var left = Files.list(cfg.getParent())) {
            assertEquals(List.of(cfg), left.toList(), "no staging file is left behind");
        }
    }

    @Test
    void valuesWithSpecialCharactersReadBackAsWritten() throws Exception {
        Path cfg = dir.resolve("x.cfg");
        SettingsFile.set(cfg, "url", "http://127.0.0.1:8080/annotate?x=1 y", null);
        Properties back = new Properties(false);
        back.load(cfg.toFile());
        assertEquals("http://127.0.0.1:8080/annotate?x=1 y", back.get("url"));
    }
}
