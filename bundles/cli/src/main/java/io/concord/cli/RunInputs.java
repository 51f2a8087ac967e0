package io.concord.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents a run reads, found in its inputs: the files of folders that match {@code --include} (the others
 * listed as skipped, unreadable folders listed with their reason), JSON Lines, zip archives, standard input and
 * single files, each with the source name its output files and run.json give it.
 *
 * @param files          the documents, in the order they are read
 * @param sources        each document's source as the user names it (the folder's name and the path below it)
 * @param skipped        files of other kinds, left out
 * @param folderFailures folders that could not be read, as run.json lists them
 * @param badLines       lines of JSON Lines files that hold no document
 */
record RunInputs(List<Path> files, Map<Path, String> sources, List<String> skipped,
                 List<Map<String, Object>> folderFailures, List<BadLine> badLines) {

    /** A line of a JSON Lines file {@code input} that holds no document. */
    record BadLine(Path input, UnpackedInputs.BadLine line) {}

    static RunInputs find(AnnotateOptions options, UnpackedInputs unpacked, InputFolders.Lister lister, PrintStream err)
            throws IOException {
        RunInputs in = new RunInputs(new ArrayList<>(), new HashMap<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        List<PathMatcher> matchers = options.include.stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g.trim())).toList();
        for (Path input : options.inputs) {
            if (Files.isDirectory(input)) {
                in.addFolder(input, matchers, lister, err);
            } else if (UnpackedInputs.isStandardInput(input)) {
                in.addUnpacked(unpacked.standardInput(System.in));
            } else if (Files.isRegularFile(input) && UnpackedInputs.isJsonLines(input)) {
                List<UnpackedInputs.BadLine> bad = new ArrayList<>();
                in.addUnpacked(unpacked.jsonLines(input, bad));
                bad.forEach(b -> in.badLines.add(new BadLine(input, b)));
            } else if (Files.isRegularFile(input) && UnpackedInputs.isZip(input)) {
                in.addUnpacked(unpacked.zip(input, matchers, in.skipped));
            } else if (Files.isRegularFile(input)) {
                in.files.add(input);
                in.sources.put(input, input.getFileName().toString());
            } else {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
        }
        return in;
    }

    private void addFolder(Path input, List<PathMatcher> matchers, InputFolders.Lister lister, PrintStream err)
            throws IOException {
        Path root = input.toAbsolutePath().normalize();
        String folder = root.getFileName() == null ? "" : root.getFileName() + "/";
        List<InputFolders.Unreadable> unreadable = new ArrayList<>();
        InputFolders.files(input, lister, unreadable).stream()
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted()
                .forEach(p -> {
                    if (matchers.stream().noneMatch(m -> m.matches(p.getFileName()))) {
                        skipped.add(p.toString());
                        return;
                    }
                    files.add(p);
                    sources.put(p, folder + root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/'));
                });
        for (InputFolders.Unreadable u : unreadable) {
            err.println("concord annotate: " + u.folder() + ": " + u.reason());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", u.folder().toString());
            f.put("kind", "folder");
            f.put("reason", u.reason());
            folderFailures.add(f);
        }
    }

    private void addUnpacked(List<UnpackedInputs.Unpacked> documents) {
        for (UnpackedInputs.Unpacked u : documents) {
            files.add(u.file());
            sources.put(u.file(), u.source());
        }
    }
}
