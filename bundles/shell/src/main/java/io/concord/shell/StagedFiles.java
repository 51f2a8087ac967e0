package io.concord.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files the shell writes beside their destination, under a name File Install does not watch, and moves into
 * place when complete. They get the permissions of a shared configuration file or jar ({@code rw-r--r--}), not
 * the owner-only ones of a temporary file, which the move would pass on.
 */
final class StagedFiles {
    private StagedFiles() {}

    static Path beside(Path folder, String prefix) throws IOException {
        Files.createDirectories(folder);
        Path staged = Files.createTempFile(folder, prefix, ".part");
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(staged, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return staged;
    }
}
