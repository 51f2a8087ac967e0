package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/concord shell}: the Gogo console over the real distribution, driven through its standard input as an
 * operator's script would be: list, change a setting, install, update and remove a bundle, leave.
 */
class ShellIT {
    private static final Path EXAMPLE = Path.of(System.getProperty("concord.example.jar",
            "../examples/annotator-confidence-floor/target/annotator-confidence-floor-1.0.0.jar")).toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void anOperatorListsChangesSettingsAndInstallsUpdatesAndRemovesABundle() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Path engineCfg = dist.home.resolve("conf/io.concord.engine.cfg");
        Path userDeploy = dist.userHome().resolve("deploy");
        String script = String.join("\n",
                "concord:settings io.concord.engine",
                "concord:set io.concord.engine casPoolSize 4",
                "concord:set io.concord.engine casPoolSize many",
                "concord:set io.concord.engine casPool 4",
                "concord:install " + EXAMPLE,
                "concord:set com.example.concord.floor floor 0.9",
                "concord:bundles",
                "concord:update annotator-confidence-floor " + EXAMPLE,
                "concord:install " + EXAMPLE,
                "concord:remove annotator-confidence-floor",
                "concord:remove no-such-bundle",
                "concord:install " + dir.resolve("missing.jar"),
                "exit", "");

        Distribution.Run shell = dist.start("shell");
        try (OutputStream stdin = shell.process().getOutputStream()) {
            stdin.write(script.getBytes(StandardCharsets.UTF_8));
        }
        shell.await(120);
        // Gogo writes a command's output and its errors to the terminal, which here is standard output
        String out = shell.stdout();
        String err = shell.stderr();

        assertEquals(0, shell.exitCode(), err);
        // settings of one PID, as bin/concord bundles --settings shows them
        assertTrue(out.contains("io.concord.engine  Concord engine  [concord-engine]"), out);
        assertTrue(out.contains("casPoolSize             16"), out);
        // a setting whose file is the distribution's is changed there, comments kept, and is in force at once
        assertTrue(out.contains("io.concord.engine casPoolSize: 16 -> 4 in " + engineCfg + "; in force"), out);
        String cfg = Files.readString(engineCfg);
        assertTrue(cfg.contains("casPoolSize = 4") && cfg.contains("# CASes kept for reuse"), cfg);
        assertTrue(out.contains("concord:set: io.concord.engine casPoolSize cannot be 'many'"), out);
        assertTrue(out.contains("concord:set: io.concord.engine has no setting casPool; its settings: "
                + "annotatorTimeoutMillis, overrunGraceMillis, casPoolSize, sectionChars"), out);
        // installed into the home's deploy/, active, in the pipeline; its setting goes to a new file of the home
        assertTrue(out.contains("annotator-confidence-floor 1.0.0 copied to "
                + userDeploy.resolve("annotator-confidence-floor-1.0.0.jar") + "; bundle "), out);
        assertTrue(out.contains("1.0.0, active"), out);
        assertTrue(out.contains("com.example.concord.floor floor: (default) -> 0.9 in "
                + dist.userHome().resolve("conf/com.example.concord.floor.cfg") + "; in force"), out);
        assertTrue(out.matches("(?s).*Annotators \\(in pipeline order\\):.*\\n  confidence-floor +1\\.0\\.0 +active.*"), out);
        assertTrue(out.contains("replaced by annotator-confidence-floor 1.0.0"), out);
        assertTrue(out.contains("concord:install: annotator-confidence-floor is deployed already"), out);
        assertTrue(out.contains("annotator-confidence-floor-1.0.0.jar deleted; annotator-confidence-floor uninstalled"), out);
        assertFalse(Files.exists(userDeploy.resolve("annotator-confidence-floor-1.0.0.jar")));
        assertTrue(out.contains("concord:remove: no bundle named no-such-bundle in deploy/; deployed: "), out);
        assertTrue(out.contains("concord:install: no such file: " + dir.resolve("missing.jar")), out);
        // nothing harmless on the screen: no JLine terminal warning, no stack trace
        assertFalse(err.contains("WARNING") || (out + err).contains("\tat ") || out.contains("Exception"), out + err);
    }

    @Test
    void helpNamesConcordsCommandsWithoutStartingAShell() throws Exception {
        Distribution.Run help = Distribution.copyTo(dir).run("help", "shell");
        assertEquals(0, help.exitCode(), help.stderr());
        assertTrue(help.stdout().contains("concord:set PID KEY VALUE"), help.stdout());
    }
}
