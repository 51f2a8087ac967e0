package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --verbose} and {@code --debug}: accepted anywhere on the line, they say more and change nothing else. */
class VerbosityIT {
    @TempDir
    static Path dir;
    static Distribution dist;

    @BeforeAll
    static void install() throws Exception {
        dist = Distribution.copyTo(dir);
    }

    @Test
    void verboseTellsWhereTheAnnotationTimeWentAndRunJsonAlwaysDoes() throws Exception {
        Path out = dir.resolve("out-verbose");
        Distribution.Run run = dist.run("annotate", Distribution.SEEDS.toString(), "--out", out.toString(),
                "--format", "json", "--quiet", "--verbose");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("time per annotator: segmenter "), run.stderr());
        JsonObject millis = Distribution.json(out.resolve("run.json")).getAsJsonObject("annotatorMillis");
        assertTrue(millis.has("segmenter") && millis.has("figures") && millis.has("people"), millis.toString());

        Path quiet = dir.resolve("out-quiet");
        Distribution.Run plain = dist.run("annotate", Distribution.SEEDS.toString(), "--out", quiet.toString(),
                "--format", "json", "--quiet");
        assertFalse(plain.stderr().contains("time per annotator"), plain.stderr());
        assertTrue(Distribution.json(quiet.resolve("run.json")).has("annotatorMillis"));
    }

    @Test
    void debugStandsBeforeOrAfterTheCommand() throws Exception {
        Distribution.Run before = dist.run("--debug", "--version");
        assertEquals(0, before.exitCode(), before.stderr());
        assertTrue(before.stdout().startsWith("Concord "), before.stdout());
        Distribution.Run after = dist.run("bundles", "--debug");
        assertEquals(0, after.exitCode(), after.stderr());
        assertTrue(after.stdout().contains("concord-engine"), after.stdout());
    }

    @Test
    void debugPrintsTheStackOfAFailureThatIsOtherwiseOneLine() throws Exception {
        // a folder stands where the document's JSON should go: it cannot be written
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The mayor of Lyon said on Monday that 40 people had left.");
        Path out = dir.resolve("out-debug");
        Files.createDirectories(out.resolve("a.json").resolve("in-the-way"));
        Distribution.Run plain = dist.run("annotate", in.toString(), "--out", out.toString(), "--quiet",
                "--format", "json");
        assertEquals(1, plain.exitCode(), plain.stderr());
        assertTrue(plain.stderr().contains("cannot write a.json"), plain.stderr());
        assertFalse(plain.stderr().contains("\tat "), plain.stderr());
        Distribution.Run debug = dist.run("--debug", "annotate", in.toString(), "--out", out.toString(), "--quiet",
                "--format", "json");
        assertEquals(1, debug.exitCode(), debug.stderr());
        assertTrue(debug.stderr().contains("[debug] writing a.json") && debug.stderr().contains("\tat "),
                debug.stderr());
    }
    @Test
    void printsABashCompletionScriptForTheInstalledCommands() throws Exception {
        Distribution.Run run = dist.run("completion");
        assertEquals(0, run.exitCode(), run.stderr());
        String script = run.stdout();
        for (String expected : new String[] {"_complete_concord", "annotate", "evaluate", "workbench", "--offsets",
            "--gold", "--settings", "bin/concord"}) {
            assertTrue(script.contains(expected), expected);
        }
        Path file = Files.writeString(dir.resolve("concord-completion.bash"), script);
        Process bash = new ProcessBuilder("bash", "-c", "source " + file + " && complete -p concord && complete -p bin/concord")
                .redirectErrorStream(true).start();
        String said = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), said);
        assertTrue(said.contains("_complete_concord"), said);

        // the options of commands whose bundles a completion run does not start, from their descriptors
        assertEquals("--package", complete(file, "concord new annotator harbour-names --pa"));
        assertEquals("--jdbc-url", complete(file, "concord workbench --jd"));
        assertEquals("--project", complete(file, "concord import --pro"));
    }

    /** What bash offers for the last word of {@code line}, with the script sourced. */
    private static String complete(Path script, String line) throws Exception {
        Process bash = new ProcessBuilder("bash", "-c", "source " + script + " && COMP_WORDS=(" + line + ") && "
                + "COMP_CWORD=" + (line.split(" ").length - 1) + " && COMP_LINE='" + line + "' && _complete_concord && "
                + "echo \"${COMPREPLY[@]}\"").redirectErrorStream(true).start();
        String said = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        bash.waitFor();
        return said;
    }
}
