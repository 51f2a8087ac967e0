package io.concord.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/** Files that readers never see half-written. */
final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /**
     * Writes through a temporary file and a rename, so readers never see a partial file. The temporary
     * name is unique, so two runs writing into the same folder do not take each other's. Whatever fails,
     * the target is left as it was and the temporary file is removed.
     */
    static void write(Path target, OutputWriter writer) throws IOException {
        Path tmp = newTemporary(target.toAbsolutePath());
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                // a failed write (a full disk, a writer that threw, even an Error) or a failed rename (a
                // folder in the way) leaves no temporary file behind
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * A new, empty temporary file beside {@code target} under a unique name. Made as any new file is (its
     * permissions from the umask, as the target's would be), not as {@link Files#createTempFile} makes one:
     * readable by its owner only, which the rename would pass on to the output.
     */
    private static Path newTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the write's own failure is the one to report
        }
    }

    @FunctionalInterface
    interface OutputWriter {
        void write(OutputStream out) throws IOException;
    }
}
