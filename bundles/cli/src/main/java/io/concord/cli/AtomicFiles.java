package io.concord.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files that readers never see half-written. */
final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes through a temporary file and a rename, so readers never see a partial file. The temporary
     * name is unique, so two runs writing into the same folder do not take each other's.
     */
    static void write(Path target, OutputWriter writer) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @FunctionalInterface
    interface OutputWriter {
        void write(OutputStream out) throws IOException;
    }
}
