package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.concord.api.AnnotatedDocument;
import io.concord.api.AnnotationService;
import io.concord.api.Exporter;
import io.concord.api.conflict.ConflictDetector;
import io.concord.api.model.AnnotatedCollection;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import io.concord.command.Command;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the input and of the output folder (issue 10, items 3 and 4): one unreadable sub-folder, and a
 * document file that cannot be written (disk full, a path in the way). The batch runs with a stand-in
 * pipeline (no annotators) and stand-in exporters, so that each fault can be made exactly.
 */
class BatchFaultsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    // ---- an unreadable sub-folder ----

    @Test
    void anUnreadableSubFolderIsListedAndTheOtherDocumentsAreAnnotated() throws Exception {
        Path in = inputWithLockedFolder();
        Path locked = in.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked),
                    "running as root: permissions do not stop root from reading; the simulated test below covers it");
            int code = batch(in, List.of(new WritingExporter("out", Set.of())), null).run();
            assertUnreadableFolderReported(code, in, locked);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFolderThatCannotBeListedIsListedAndTheOtherDocumentsAreAnnotated() throws Exception {
        Path in = inputWithLockedFolder();
        Path locked = in.resolve("locked");
        // what the file system says of a folder with permissions 000, made so that it bites for root too
        InputFolders.Lister denying = folder -> {
            if (folder.getFileName().toString().equals("locked")) {
                throw new AccessDeniedException(folder.toString());
            }
            return InputFolders.Lister.FILE_SYSTEM.list(folder);
        };
        int code = batch(in, List.of(new WritingExporter("out", Set.of())), denying).run();
        assertUnreadableFolderReported(code, in, locked);
    }

    private Path inputWithLockedFolder() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The mayor of Leeds said 40 homes were flooded.");
        Files.createDirectories(in.resolve("locked"));
        Files.writeString(in.resolve("locked").resolve("hidden.txt"), "Never read.");
        Files.createDirectories(in.resolve("open"));
        Files.writeString(in.resolve("open").resolve("z.txt"), "Rescuers in York said the river rose.");
        return in;
    }

    private void assertUnreadableFolderReported(int code, Path in, Path locked) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(Command.PARTIAL_FAILURE, code, "a folder left out is a partial failure: " + err());
        assertTrue(Files.isRegularFile(out.resolve("a.out")), "the documents beside the folder are annotated: " + err());
        assertTrue(Files.isRegularFile(out.resolve("z.out")), "the documents after the folder are annotated: " + err());
        JsonObject run = runJson();
        assertEquals("finished", run.get("state").getAsString());
        assertEquals(2, run.get("documents").getAsInt(), "a folder is not a document");
        assertEquals(2, run.get("annotated").getAsInt());
        JsonObject folder = only(run.getAsJsonArray("failed"));
        assertEquals(locked.toString(), folder.get("path").getAsString());
        assertEquals("folder", folder.get("kind").getAsString());
        String reason = folder.get("reason").getAsString();
        assertTrue(reason.startsWith("folder cannot be read") && reason.contains("AccessDenied"), reason);
        assertTrue(err().contains(locked.toString()) && err().contains("folder cannot be read"), err());
    }

    // ---- a document file that cannot be written ----

    @Test
    void aDiskFullOnOneDocumentIsRecordedAndTheRunGoesOn() throws Exception {
        Path in = threeDocuments();
        int code = batch(in, List.of(new WritingExporter("out", Set.of("b"))), null).run();
        Path out = dir.resolve("out");

        assertEquals(Command.PARTIAL_FAILURE, code, err());
        assertTrue(Files.isRegularFile(out.resolve("a.out")) && Files.isRegularFile(out.resolve("c.out")), err());
        assertFalse(Files.exists(out.resolve("b.out")), "no half-written file");
        assertNoTemporaryFiles(out);
        JsonObject run = runJson();
        assertEquals("finished", run.get("state").getAsString(), "run.json is written after the failure");
        assertEquals(3, run.get("documents").getAsInt());
        assertEquals(2, run.get("annotated").getAsInt());
        Map<String, JsonObject> states = states(run);
        assertEquals("annotated", states.get("a").get("state").getAsString());
        assertEquals("annotated", states.get("c").get("state").getAsString());
        assertEquals("failed", states.get("b").get("state").getAsString());
        String reason = states.get("b").get("reason").getAsString();
        assertTrue(reason.startsWith("cannot write b.out") && reason.contains("No space left on device"), reason);
        assertEquals(reason, only(run.getAsJsonArray("failed")).get("reason").getAsString());
        assertTrue(err().contains("FAILED") && err().contains("cannot write b.out"), err());
    }

    @Test
    void anOutputPathThatCannotBeCreatedIsRecordedAndTheRunGoesOn() throws Exception {
        Path in = threeDocuments();
        Path out = Files.createDirectories(dir.resolve("out"));
        // a non-empty folder where b's file should go: the rename onto it fails, for root too
        Files.writeString(Files.createDirectories(out.resolve("b.out")).resolve("keep"), "x");
        int code = batch(in, List.of(new WritingExporter("out", Set.of())), null).run();

        assertEquals(Command.PARTIAL_FAILURE, code, err());
        assertTrue(Files.isRegularFile(out.resolve("a.out")) && Files.isRegularFile(out.resolve("c.out")), err());
        assertNoTemporaryFiles(out);
        Map<String, JsonObject> states = states(runJson());
        assertEquals("failed", states.get("b").get("state").getAsString());
        String reason = states.get("b").get("reason").getAsString();
        assertTrue(reason.startsWith("cannot write b.out"), reason);
        assertEquals("annotated", states.get("c").get("state").getAsString());
    }

    @Test
    void aDocumentWhoseSecondFileFailsKeepsNoneOfItsFilesOfThisRun() throws Exception {
        Path in = threeDocuments();
        int code = batch(in, List.of(new WritingExporter("out", Set.of()), new WritingExporter("second", Set.of("b"))), null).run();
        Path out = dir.resolve("out");

        assertEquals(Command.PARTIAL_FAILURE, code, err());
        assertFalse(Files.exists(out.resolve("b.out")), "the outputs agree with run.json: b failed, so b has no files");
        assertTrue(Files.isRegularFile(out.resolve("a.second")) && Files.isRegularFile(out.resolve("c.out")), err());
        assertEquals("failed", states(runJson()).get("b").get("state").getAsString());
    }

    @Test
    void aRunWithoutFaultsStillSucceeds() throws Exception {
        Path in = threeDocuments();
        assertEquals(Command.OK, batch(in, List.of(new WritingExporter("out", Set.of())), null).run(), err());
        assertEquals(0, runJson().getAsJsonArray("failed").size());
    }

    /** With --strict a document an annotator failed on is failed in run.json, not annotated (it was overwritten). */
    @Test
    void aDocumentAnAnnotatorFailedOnIsFailedWithStrict() throws Exception {
        Path in = threeDocuments();
        AnnotateOptions o = options(in, List.of(new WritingExporter("out", Set.of())));
        o.strict = true;
        AnnotatorOutcome failed = new AnnotatorOutcome("places", "1.0", AnnotatorOutcome.Status.FAILED, "gazetteer missing", 3);
        int code = new BatchRun(o, new NoAnnotators(Map.of("b", List.of(failed))), List.of(new WritingExporter("out", Set.of())),
                null, err).run();

        assertEquals(Command.PARTIAL_FAILURE, code, err());
        JsonObject run = runJson();
        Map<String, JsonObject> states = states(run);
        assertEquals("failed", states.get("b").get("state").getAsString(), states.toString());
        assertTrue(states.get("b").get("reason").getAsString().contains("gazetteer missing"), states.toString());
        assertEquals("annotated", states.get("a").get("state").getAsString());
        assertEquals(2, run.get("annotated").getAsInt());
        assertFalse(Files.exists(dir.resolve("out").resolve("b.out")), "the outputs agree with run.json");
    }

    // ---- conflict detection that runs out of memory ----

    @Test
    void conflictDetectionRunningOutOfMemoryIsRecordedAndEveryDocumentIsKept() throws Exception {
        Path in = threeDocuments();
        List<Exporter> exporters = List.of(new WritingExporter("out", Set.of()), new CollectionExporter());
        AnnotateOptions o = options(in, exporters);
        o.noConflicts = false;
        ConflictDetector exhausted = documents -> {
            throw new OutOfMemoryError("Java heap space");
        };

        int code = new BatchRun(o, new NoAnnotators(Map.of()), exporters, exhausted, err).run();

        Path out = dir.resolve("out");
        assertEquals(Command.PARTIAL_FAILURE, code, err());
        for (String id : List.of("a", "b", "c")) {
            assertTrue(Files.isRegularFile(out.resolve(id + ".out")), id + " is written: " + err());
        }
        JsonObject run = runJson();
        assertEquals("finished", run.get("state").getAsString());
        assertEquals(3, run.get("annotated").getAsInt());
        String problem = run.get("collectionProblem").getAsString();
        assertTrue(problem.contains("ran out of memory") && problem.contains("-Xmx"), problem);
        assertTrue(err().contains("ran out of memory") && !err().contains("at io.concord"), "no stack trace: " + err());
        assertFalse(Files.exists(out.resolve("summary.txt")), "no collection file that would say the reports agree");
    }

    /** A collection file, so that the run looks for conflicts. */
    private record CollectionExporter() implements Exporter {
        @Override public String format() { return "summary"; }
        @Override public String fileExtension() { return "summary"; }
        @Override public String mediaType() { return "text/plain"; }
        @Override public boolean writesDocuments() { return false; }
        @Override public boolean writesCollection() { return true; }
        @Override public String collectionFileName() { return "summary.txt"; }
        @Override public void writeDocument(AnnotatedDocument document, OutputStream out) {
            throw new UnsupportedOperationException("a collection file only");
        }
        @Override public void writeCollection(AnnotatedCollection collection, OutputStream out) throws IOException {
            out.write(("conflicts: " + collection.conflicts().conflicts().size()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private Path threeDocuments() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The mayor of Leeds said 40 homes were flooded.");
        Files.writeString(in.resolve("b.txt"), "A second story.");
        Files.writeString(in.resolve("c.txt"), "Rescuers in York said the river rose.");
        return in;
    }

    // ---- the stand-ins ----

    private BatchRun batch(Path in, List<Exporter> exporters, InputFolders.Lister lister) {
        BatchRun run = new BatchRun(options(in, exporters), new NoAnnotators(Map.of()), exporters, null, err);
        return lister == null ? run : run.listingFoldersWith(lister);
    }

    private AnnotateOptions options(Path in, List<Exporter> exporters) {
        AnnotateOptions o = new AnnotateOptions();
        o.inputs = List.of(in);
        o.out = dir.resolve("out");
        o.formats = exporters.stream().map(Exporter::format).toList();
        o.formatsGiven = true;
        o.include = List.of("*.txt");
        o.encoding = "UTF-8";
        o.maxSize = "1MB";
        o.threads = 1;
        o.quiet = true;
        o.noConflicts = true;
        return o;
    }

    /** Writes each document's text; for the ids in {@code full}, fails part-way as a full disk does. */
    private record WritingExporter(String format, Set<String> full) implements Exporter {
        @Override public String fileExtension() { return format; }
        @Override public String mediaType() { return "text/plain"; }
        @Override public void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException {
            byte[] text = document.record().text().getBytes(StandardCharsets.UTF_8);
            out.write(text, 0, text.length / 2);
            if (full.contains(document.id())) {
                throw new IOException("No space left on device");
            }
            out.write(text, text.length / 2, text.length - text.length / 2);
        }
    }

    // ---- reading what the run left ----

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private JsonObject runJson() throws IOException {
        return JsonParser.parseString(Files.readString(dir.resolve("out").resolve("run.json"))).getAsJsonObject();
    }

    private static Map<String, JsonObject> states(JsonObject run) {
        Map<String, JsonObject> byId = new HashMap<>();
        for (JsonElement e : run.getAsJsonArray("states")) {
            byId.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject());
        }
        return byId;
    }

    private static JsonObject only(com.google.gson.JsonArray array) {
        assertEquals(1, array.size(), array.toString());
        return array.get(0).getAsJsonObject();
    }

    private static void assertNoTemporaryFiles(Path out) throws IOException {
        List<Path> parts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".part")).forEach(parts::add);
        }
        assertEquals(List.of(), parts, "temporary files left behind");
    }
}
