package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A private copy of the built distribution ({@code launcher/target/concord}), so a test can change its
 * {@code deploy/} folder, and a way to run {@code bin/concord} in it as a separate process.
 */
final class Distribution {
    static final Path BUILT = Path.of(System.getProperty("concord.dist", "target/concord"));
    static final Path SEEDS = Path.of(System.getProperty("concord.seeds", "../seeds"));

    final Path home;

    private Distribution(Path home) {
        this.home = home;
    }

    static Distribution copyTo(Path dir) throws IOException {
        assertTrue(Files.isExecutable(BUILT.resolve("bin/concord")), "build the distribution first (mvn package)");
        Path home = dir.resolve("concord");
        try (Stream<Path> walk = Files.walk(BUILT)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = home.resolve(BUILT.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return new Distribution(home);
    }

    Path deploy() {
        return home.resolve("deploy");
    }

    /** The Concord home (CONCORD_HOME) of this copy's runs: the user's own deploy/ and conf/. */
    Path userHome() {
        return home.resolveSibling("concord-home");
    }

    /** Starts {@code bin/concord args...}; stdout and stderr go to files next to the distribution. */
    Run start(String... args) throws IOException {
        return start(java.util.Map.of(), args);
    }

    /** The same with extra environment variables (e.g. CONCORD_JAVA_OPTS). */
    Run start(java.util.Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("bin/concord").toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(home.getParent(), "stdout", ".txt");
        Path err = Files.createTempFile(home.getParent(), "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        // each copy has a Concord home of its own: the user's ~/.concord never reaches a test
        pb.environment().put("CONCORD_HOME", userHome().toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        return new Run(p, out, err);
    }

    Run run(String... args) throws Exception {
        Run r = start(args);
        r.await(300);
        return r;
    }

    record Run(Process process, Path stdoutFile, Path stderrFile) {
        Run await(long seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("bin/concord did not finish in " + seconds + " s; stderr:\n" + stderr());
            }
            return this;
        }

        int exitCode() {
            return process.exitValue();
        }

        String stdout() throws IOException {
            return Files.readString(stdoutFile, StandardCharsets.UTF_8);
        }

        String stderr() throws IOException {
            return Files.readString(stderrFile, StandardCharsets.UTF_8);
        }
    }

    static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** A document's text as GUIDELINES.md defines it: UTF-8, leading BOM dropped. */
    static String text(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
