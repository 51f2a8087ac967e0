package io.concord.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.concord.api.AnnotatedDocument;
import io.concord.api.ExportOptions;
import io.concord.api.Exporter;
import io.concord.api.model.DocumentRecord;
import io.concord.export.json.format.ConcordJson;

/**
 * Where a run's document files go in {@code --out}, and what an earlier run left there: a document's file
 * never takes the name of a file of the run (run.json, the collection files) nor replaces a document the
 * run reads.
 */
final class OutputFolder {
    private final Path out;
    /** File names that the run's own files take (run.json and the exporters' collection files). */
    private final Set<String> reserved;
    /** The documents read (--out may be the input folder). */
    private final Set<Path> inputs;
    private final PrintStream err;

    private OutputFolder(Path out, Set<String> reserved, Set<Path> inputs, PrintStream err) {
        this.out = out;
        this.reserved = reserved;
        this.inputs = inputs;
        this.err = err;
    }

    /** Makes {@code out}, checks it can be written, and knows the run's documents and formats. */
    static OutputFolder prepare(Path out, List<Path> documents, List<Exporter> exporters, PrintStream err) {
        prepareOut(out);
        Set<Path> inputs = documents.stream().map(f -> f.toAbsolutePath().normalize()).collect(Collectors.toSet());
        return new OutputFolder(out, reservedNames(exporters), inputs, err);
    }

    /**
     * The earlier run's record of a document it annotated, read back from its JSON, when every output file
     * this run asks for is there; null when the document must be annotated again.
     */
    DocumentRecord keptRecord(String id, String text, List<Exporter> exporters, boolean keepRecords) {
        DocumentRecord record = null;
        for (Exporter exporter : exporters) {
            if (!exporter.writesDocuments()) {
                continue;
            }
            Path file = existingDocumentFile(id, exporter);
            if (file == null) {
                return null;
            }
            if (record == null && "json".equals(exporter.format())) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    record = ConcordJson.readDocument(r, text);
                } catch (IOException e) {
                    return null;
                }
                if (!insideText(record, text)) {
                    return null; // a file damaged or edited since: annotated again rather than trusted
                }
            }
        }
        if (record == null && keepRecords) {
            return null; // conflicts need the annotations, and only the JSON holds them
        }
        return record != null ? record : new DocumentRecord(id, text, List.of(), List.of());
    }

    /**
     * Whether every annotation of a record read back lies inside its text, {@code 0 <= begin <= end <= length}:
     * the reader checks the text's length but not the offsets (found by fuzzing ConcordJson.readDocument).
     */
    static boolean insideText(DocumentRecord record, String text) {
        return record.annotations().stream().allMatch(a -> 0 <= a.begin() && a.begin() <= a.end() && a.end() <= text.length());
    }

    /** Where an earlier run wrote a document's file ({@link #documentFile}'s places), or null. */
    private Path existingDocumentFile(String id, Exporter exporter) {
        String name = id + "." + exporter.fileExtension();
        for (Path p : List.of(out.resolve(name), out.resolve("docs").resolve(name))) {
            if (Files.isRegularFile(p) && !inputs.contains(p.toAbsolutePath().normalize())) {
                return p;
            }
        }
        return null;
    }

    /**
     * Where a document's file goes: {@code <id>.<ext>} in --out, or under {@code docs/} when that name is
     * one of the run's own files (a document called run.txt would otherwise be overwritten by run.json) or
     * one of the documents read (brat's {@code <id>.txt} when --out is the input folder).
     */
    Path documentFile(String id, Exporter exporter) throws IOException {
        String name = id + "." + exporter.fileExtension();
        Path target = out.resolve(name);
        boolean runFile = reserved.contains(name);
        if (!runFile && !inputs.contains(target.toAbsolutePath().normalize())) {
            return target;
        }
        Path moved = Files.createDirectories(out.resolve("docs")).resolve(name);
        if (inputs.contains(moved.toAbsolutePath().normalize())) {
            throw new IOException(name + " would replace the document " + moved + " that this run reads");
        }
        err.println("concord annotate: " + name + " is the name of " + (runFile ? "a file of the run" : "a document read")
                + "; the document's file is docs/" + name);
        return moved;
    }

    private static Set<String> reservedNames(List<Exporter> exporters) {
        Set<String> names = new HashSet<>();
        names.add("run.json");
        for (Exporter e : exporters) {
            if (e.writesCollection()) {
                names.add(e.collectionFileName());
            }
        }
        return Set.copyOf(names);
    }

    /** Makes --out and checks that files can be written there, before any annotation work. */
    private static void prepareOut(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a folder");
        }
        try {
            Files.createDirectories(out);
            Files.delete(Files.createTempFile(out, ".concord-probe-", ".tmp"));
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + out + " cannot be written to (" + e + ")");
        }
    }

    /**
     * Writes a document's file in each format, each atomically. When one cannot be written (a full disk, a
     * path in the way, an exporter that fails on this text), the files of this document written before it
     * in this run are removed too, so that its files agree with run.json, which calls it failed; the reason
     * is returned (null when all were written).
     */
    String writeDocument(String id, AnnotatedDocument doc, List<Exporter> exporters, ExportOptions options) {
        List<Path> written = new ArrayList<>();
        for (Exporter exporter : exporters) {
            if (!exporter.writesDocuments()) {
                continue;
            }
            String name = id + "." + exporter.fileExtension();
            try {
                Path target = documentFile(id, exporter);
                name = out.relativize(target).toString().replace('\\', '/');
                AtomicFiles.write(target, out -> exporter.writeDocument(doc, out, options));
                written.add(target);
            } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
                Throwables.traceIfDebug("writing " + name, e, err);
                for (Path p : written) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // the state in run.json says failed; a file left over is named there by its document
                    }
                }
                return "cannot write " + name + ": " + Throwables.describe(e)
                        + (written.isEmpty() ? "" : " (its other files of this run are removed)");
            }
        }
        return null;
    }
}
