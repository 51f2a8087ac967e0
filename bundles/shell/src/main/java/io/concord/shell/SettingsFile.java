package io.concord.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.felix.utils.properties.Properties;

/**
 * One setting written into a {@code .cfg} file of a watched conf/ folder, which File Install then hands to
 * Configuration Admin. Felix's layout-keeping properties (the reader File Install itself uses) leave the
 * file's comments and order as the operator wrote them; the file is replaced whole, so File Install never
 * reads it half written.
 */
final class SettingsFile {
    private SettingsFile() {}

    /**
     * Sets {@code key} to {@code value} in {@code file} (made when missing), with {@code meaning} as its
     * comment when the key is new; returns the value it had, or null.
     */
    static String set(Path file, String key, String value, String meaning) throws IOException {
        Properties properties = new Properties(false);
        if (Files.isRegularFile(file)) {
            properties.load(file.toFile());
        }
        String previous = properties.get(key);
        if (previous == null && meaning != null && !meaning.isBlank()) {
            properties.put(key, List.of("# " + meaning.strip().replaceAll("\\s*\\R\\s*", " ")), List.of(value));
        } else {
            properties.put(key, value);
        }
        // a name File Install does not watch (it reads *.cfg), moved over the file when complete
        Path staged = StagedFiles.beside(file.getParent(), "." + file.getFileName());
        try {
            try (OutputStream out = Files.newOutputStream(staged)) {
                properties.save(out);
            }
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staged);
        }
        return previous;
    }
}
