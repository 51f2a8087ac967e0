package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenFileHasThePermissionsOfAnyNewFileNotThoseOfAPrivateTemporaryOne() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x"); // what the umask gives a new file
        Path written = dir.resolve("doc.json");

        AtomicFiles.write(written, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        // shared outputs (a web server, a colleague in the group) read what the user's other files let them read
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
    }

    @Test
    void twoRunsWritingTheSameFileNeverBreakEachOther() throws Exception {
        Path target = dir.resolve("doc.json");
        String a = "a".repeat(100_000);
        String b = "b".repeat(50_000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = List.of(
                    pool.submit(() -> write(target, a)),
                    pool.submit(() -> write(target, b)));
            for (Future<?> f : writers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String last = Files.readString(target);
        assertTrue(last.equals(a) || last.equals(b), "the file is one whole version");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left");
        }
    }

    private static Void write(Path target, String content) throws Exception {
        for (int i = 0; i < 200; i++) {
            AtomicFiles.write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
        }
        return null;
    }
}
