package io.concord.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files below an input folder, found folder by folder: a folder that cannot be listed (no permission,
 * an I/O error, removed meanwhile) is left out with its reason and the walk goes on with the others, so
 * one bad folder never stops a batch. Symbolic links to files are taken, links to folders are not followed
 * (as {@link Files#walk} does).
 */
final class InputFolders {
    private InputFolders() {}

    /** Lists one folder's entries: the file system's by default, a stand-in in tests. */
    @FunctionalInterface
    interface Lister {
        Lister FILE_SYSTEM = folder -> {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
                s.forEach(entries::add);
            } catch (java.nio.file.DirectoryIteratorException e) {
                throw e.getCause();
            }
            return entries;
        };

        List<Path> list(Path folder) throws IOException;
    }

    /** A folder that could not be listed, and why. */
    record Unreadable(Path folder, String reason) {}

    /** The files below {@code root} (in no particular order); folders that cannot be listed go to {@code unreadable}. */
    static List<Path> files(Path root, Lister lister, List<Unreadable> unreadable) {
        List<Path> files = new ArrayList<>();
        List<Path> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Path folder = pending.remove(pending.size() - 1);
            List<Path> entries;
            try {
                entries = lister.list(folder);
            } catch (IOException | RuntimeException e) {
                unreadable.add(new Unreadable(folder, "folder cannot be read (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null || e.getMessage().equals(folder.toString()) ? "" : ": " + e.getMessage())
                        + "); the documents in it are left out"));
                continue;
            }
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    pending.add(p);
                } else if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        }
        return files;
    }
}
