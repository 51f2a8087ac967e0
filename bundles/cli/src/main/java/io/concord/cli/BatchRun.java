package io.concord.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.concord.api.AnnotatedDocument;
import io.concord.api.AnnotationService;
import io.concord.api.ExportOptions;
import io.concord.api.Exporter;
import io.concord.api.conflict.ConflictDetector;
import io.concord.api.conflict.DetectionProgress;
import io.concord.api.model.AnnotatedCollection;
import io.concord.api.model.AnnotatorInfo;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.DocumentSource;
import io.concord.command.Command;

/**
 * One run of {@code annotate}: finds the documents, annotates them on a pool of threads, writes each
 * document's files as soon as it is done (atomically, so a crash never leaves half a file), then detects
 * conflicts over the collection and writes the collection files and {@code run.json}.
 */
final class BatchRun {

    private final AnnotateOptions options;
    private final AnnotationService annotation;
    private final List<Exporter> installed;
    private final ConflictDetector detector;
    private final PrintStream err;

    private final ConcurrentLinkedQueue<Map<String, Object>> failures = new ConcurrentLinkedQueue<>();
    /** Input folders that could not be listed: not documents, but their documents are missing from the run. */
    private final List<Map<String, Object>> folderFailures = new ArrayList<>();
    private final ConcurrentLinkedQueue<Map<String, Object>> annotatorProblems = new ConcurrentLinkedQueue<>();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong chars = new AtomicLong();
    /**
     * Each document's source as written into its metadata: the path below the input folder it was found in,
     * with that folder's name ({@code seeds/a.txt}), or the file name; never a local absolute path, which
     * would leave the machine inside the XMI.
     */
    private final Map<Path, String> sources = new HashMap<>();
    /** JSON Lines, zip archives and standard input, unpacked into plain files for the run. */
    private UnpackedInputs unpacked;
    /** Files in the input folders that --include leaves out: counted and listed, never silently ignored. */
    private final List<String> skipped = new ArrayList<>();
    /** Each document's id: its file name without extension, or its path when two files share a name. */
    private Map<Path, String> documentIds = Map.of();
    /** Where documents' files go in --out; set once the documents and formats are known. */
    private OutputFolder folder;
    /** Where the annotation time went, per annotator. */
    private final AnnotatorTimes times = new AnnotatorTimes();
    /** What the exporters are told (--offsets, --with-text). */
    private ExportOptions exportOptions = ExportOptions.DEFAULT;
    /** Each document's state, for run.json and a later --resume. */
    private final DocumentStates states = new DocumentStates();
    /** What an earlier run into --out did, with --resume. */
    private PreviousRun previous = PreviousRun.NONE;
    /** run.json, from the start of the run on. */
    private RunRecord record;
    /** Set when a collection file (conflicts, type system) could not be made: the run is then incomplete. */
    private volatile String collectionProblem;

    private final PipelineLines pipelineLines;
    /** How the run's messages begin: "concord annotate: " (or the command that runs the batch). */
    private final String prefix;

    /** How input folders are listed: the file system, or a stand-in that fails in tests. */
    private InputFolders.Lister lister = InputFolders.Lister.FILE_SYSTEM;

    BatchRun(AnnotateOptions options, AnnotationService annotation, List<Exporter> installed, ConflictDetector detector,
             PrintStream err) {
        this.options = options;
        this.annotation = annotation;
        this.installed = installed == null ? List.of() : List.copyOf(installed);
        this.detector = detector;
        this.err = err;
        this.prefix = "concord " + options.command + ": ";
        this.pipelineLines = new PipelineLines(prefix, err);
    }

    /** Lists input folders with {@code lister} instead of the file system (a seam for tests). */
    BatchRun listingFoldersWith(InputFolders.Lister lister) {
        this.lister = lister;
        return this;
    }

    int run() {
        if (detector != null) {
            prepareDetection();
        }
        try {
            return runBatch();
        } finally {
            if (record != null) {
                record.release();
            }
            if (unpacked != null) {
                unpacked.close();
            }
        }
    }

    private int runBatch() {
        DocumentReader reader;
        List<Exporter> exporters;
        List<Path> files;
        try {
            reader = new DocumentReader(Sizes.parse(options.maxSize), options.charset());
            exportOptions = options.exportOptions();
            unpacked = new UnpackedInputs(Sizes.parse(options.maxSize), options.charset());
            if (options.threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
            exporters = OutputFormats.choose(options, installed);
            RunInputs inputs = RunInputs.find(options, unpacked, lister, err);
            files = inputs.files();
            sources.putAll(inputs.sources());
            skipped.addAll(inputs.skipped());
            folderFailures.addAll(inputs.folderFailures());
            inputs.badLines().forEach(b -> fail(b.input(), b.line().source(), b.line().reason()));
            documentIds = DocumentIds.of(files, sources);
            folder = OutputFolder.prepare(options.out, files, exporters, err);
        } catch (IllegalArgumentException | IOException e) {
            err.println(prefix + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return Command.USAGE;
        }
        // lines of JSON Lines that hold no document are failed documents already
        int total = files.size() + failures.size();
        if (files.isEmpty() && failures.isEmpty()) {
            err.println(prefix + "no documents found (folders are searched for " + String.join(", ", options.include) + ")");
            return Command.USAGE;
        }

        if (!skipped.isEmpty()) {
            err.println(prefix + skipped.size() + " file(s) of other kinds skipped (not matching --include "
                    + String.join(",", options.include) + "): " + String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
                    + (skipped.size() > 5 ? ", … (all in run.json)" : ""));
        }
        pipelineLines.started(annotation.annotators());
        if (options.resume) {
            previous = PreviousRun.read(options.out.resolve("run.json"), RunRecord.GSON.toJsonTree(annotation.annotators()),
                    RunRecord.GSON.toJsonTree(exportRecord()));
            if (previous.reason() != null) {
                err.println(prefix + "--resume: " + previous.reason() + "; annotating every document");
            }
        }
        record = new RunRecord(options.out, annotation.annotators(), states, err);
        startRun(exporters, total);
        long start = System.nanoTime();
        boolean keepRecords = exporters.stream().anyMatch(Exporter::writesCollection);
        DocumentRecord[] records = new DocumentRecord[files.size()];
        ProgressLines progress = new ProgressLines(err, options.quiet);
        progress.annotating(total, () -> done.get() + total - files.size(), chars::get, failures::size);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.threads, files.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String id = documentIds.get(file);
                int index = i;
                futures.add(pool.submit(() -> {
                    annotateOne(file, id, reader, exporters, keepRecords, records, index);
                    record.progress(total);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            // stopped (Ctrl-C, SIGTERM): the documents under way finish or fail, and run.json says which are done
            pool.shutdownNow();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS); // the throw cleared the interrupt
            } catch (InterruptedException again) {
                // stop now
            }
            Thread.currentThread().interrupt();
            progress.close();
            record.stopped(total, exportRecord());
            err.println(prefix + "stopped after " + done.get() + " of " + total + " documents (" + failures.size()
                    + " failed); run the same command with --resume to annotate the rest");
            return Command.PARTIAL_FAILURE;
        } catch (Exception e) {
            progress.close();
            err.println(prefix + e);
            return Command.PARTIAL_FAILURE;
        } finally {
            pool.shutdownNow();
        }
        double annotateSeconds = (System.nanoTime() - start) / 1e9;

        if (detector == null && !options.noConflicts) {
            err.println(prefix + "no conflict detector is installed; conflicts were not looked for");
        }
        ConflictReport report;
        try (progress) {
            report = keepRecords ? writeCollectionFiles(exporters, records, progress.detecting()) : null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        writeRunSummary(total, annotateSeconds, seconds, report);
        return summarise(total, annotateSeconds, report == null || detector == null ? 0 : seconds - annotateSeconds);
    }

    /**
     * Has the detector load what it needs (WordNet takes about half a second) on a thread of its own while
     * the documents are annotated, instead of after them. A failure here is not reported: detection meets
     * the same failure later and reports it there.
     */
    private void prepareDetection() {
        Thread t = new Thread(() -> {
            try {
                detector.prepare();
            } catch (RuntimeException | LinkageError e) {
                // reported by detect()
            }
        }, "concord-prepare-conflicts");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void annotateOne(Path file, String id, DocumentReader reader, List<Exporter> exporters, boolean keepRecords,
                             DocumentRecord[] records, int index) {
        try {
            DocumentRecord given = DocumentReader.isXmi(file) ? reader.readXmi(file, id, annotation) : null;
            DocumentReader.Read read = given == null ? reader.readWithMetadata(file) : new DocumentReader.Read(given.text(), null, null);
            String text = read.text();
            // an XMI's annotations are part of what was read: a re-run with other curated annotations is no resume
            String hash = DocumentStates.hash(given == null ? text : text + '\u0000' + given.annotations());
            String source = sources.getOrDefault(file, file.getFileName().toString());
            if (previous.annotated(id, hash)) {
                DocumentRecord kept = folder.keptRecord(id, text, exporters, keepRecords);
                if (kept != null) {
                    if (keepRecords) {
                        records[index] = kept;
                    }
                    states.annotated(id, source, hash, true);
                    chars.addAndGet(text.length());
                    return;
                }
            }
            String[] failure = new String[1];
            DocumentRecord[] annotated = new DocumentRecord[1];
            DocumentSource from = new DocumentSource(source, read.title(), read.published());
            annotation.annotateFrom(from, id, text, doc -> {
                pipelineLines.ran(doc);
                times.add(doc.outcomes());
                failure[0] = noteAnnotatorProblems(id, doc); // with --strict: no files for a failed document
                if (given != null) {
                    annotated[0] = doc.record(); // written below, with the annotations the input brought
                    return null;
                }
                if (failure[0] == null) {
                    failure[0] = folder.writeDocument(id, doc, exporters, exportOptions);
                }
                if (keepRecords && failure[0] == null) {
                    records[index] = doc.record();
                }
                return null;
            });
            if (given != null && failure[0] == null) {
                DocumentRecord kept = GivenAnnotations.keep(given, annotated[0]);
                failure[0] = annotation.openFrom(from, kept, doc -> folder.writeDocument(id, doc, exporters, exportOptions));
                if (keepRecords && failure[0] == null) {
                    records[index] = kept;
                }
            }
            if (failure[0] != null) {
                fail(file, id, failure[0]);
                return;
            }
            states.annotated(id, source, hash, false);
            chars.addAndGet(text.length());
        } catch (DocumentReader.UnreadableDocument e) {
            fail(file, id, e.getMessage());
        } catch (OutOfMemoryError e) {
            // The document's own allocations are garbage once its task ends; the batch goes on without it.
            fail(file, id, "out of memory on this document (" + Sizes.format(file.toFile().length())
                    + "); give Concord more heap with CONCORD_JAVA_OPTS=-Xmx4g, or leave it out with --max-size");
        } catch (Exception | LinkageError | StackOverflowError e) {
            fail(file, id, "annotation failed: " + Throwables.describe(e));
            Throwables.traceIfDebug("document " + id, e, err);
        } finally {
            done.incrementAndGet();
        }
    }

    /**
     * Records the annotators that did not run well on a document; with {@code --strict} the first of them is
     * returned as the reason the document failed (null otherwise).
     */
    private String noteAnnotatorProblems(String id, AnnotatedDocument doc) {
        String strictFailure = null;
        for (AnnotatorOutcome o : doc.outcomes()) {
            if (!o.ok()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("document", id);
                p.put("annotator", o.annotator());
                p.put("version", o.version());
                p.put("status", o.status().name().toLowerCase(Locale.ROOT));
                p.put("message", o.message());
                annotatorProblems.add(p);
                if (options.strict && strictFailure == null) {
                    strictFailure = "annotator " + o.annotator() + " " + p.get("status") + ": " + o.message();
                }
            }
        }
        return strictFailure;
    }

    /** The export options in run.json: a --resume with others writes every document again. */
    private Map<String, Object> exportRecord() {
        return Map.of("offsets", exportOptions.offsets().label(), "withText", exportOptions.withText());
    }

    private ConflictReport writeCollectionFiles(List<Exporter> exporters, DocumentRecord[] records,
                                                DetectionProgress progress) {
        List<DocumentRecord> annotated = new ArrayList<>();
        for (DocumentRecord r : records) {
            if (r != null) {
                annotated.add(r);
            }
        }
        ConflictDetection.Outcome detected = ConflictDetection.run(detector, annotated, progress, err, prefix);
        if (detected.report() == null) {
            collectionProblem = detected.problem();
            return null;
        }
        ConflictReport report = detected.report();
        AnnotatedCollection collection = new AnnotatedCollection(annotated, report);
        for (Exporter exporter : exporters) {
            if (exporter.writesCollection()) {
                try {
                    AtomicFiles.write(options.out.resolve(exporter.collectionFileName()), out -> exporter.writeCollection(collection, out, exportOptions));
                } catch (IOException | RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
                    collectionProblem = "cannot write " + exporter.collectionFileName() + ": " + Throwables.describe(e);
                    Throwables.traceIfDebug(exporter.collectionFileName(), e, err);
                    err.println(prefix + collectionProblem);
                }
            }
        }
        return report;
    }

    /**
     * Marks --out as taken by this run before any document is written: the previous run's collection files
     * are removed (they would describe other documents), and run.json says "running" until the end, so a
     * run that is killed leaves a run.json that says it did not finish, never the previous run's.
     */
    private void startRun(List<Exporter> exporters, int total) {
        try {
            for (Exporter e : exporters) {
                if (e.writesCollection()) {
                    Files.deleteIfExists(options.out.resolve(e.collectionFileName()));
                }
            }
        } catch (IOException e) {
            err.println(prefix + "cannot remove the previous run's files: " + Throwables.describe(e));
        }
        record.started(total);
    }

    private void writeRunSummary(int total, double annotateSeconds, double seconds, ConflictReport report) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("documents", total);
        run.put("annotated", total - failures.size());
        List<Map<String, Object>> failed = new ArrayList<>(folderFailures);
        failed.addAll(failures);
        run.put("failed", failed);
        run.put("annotatorProblems", new ArrayList<>(annotatorProblems));
        run.put("collectionProblem", collectionProblem);
        if (report != null) {
            run.put("conflicts", report.conflicts().size());
            run.put("consistent", report.consistent().size());
            run.put("stories", report.stories().size());
        }
        run.put("skipped", new ArrayList<>(skipped));
        run.put("resumed", states.kept());
        run.put("export", exportRecord());
        run.put("annotateSeconds", Math.round(annotateSeconds * 1000) / 1000.0);
        run.put("annotatorMillis", times.totals());
        run.put("totalSeconds", Math.round(seconds * 1000) / 1000.0);
        record.finished(run);
    }

    private int summarise(int total, double seconds, double conflictSeconds) {
        for (Map<String, Object> f : folderFailures) {
            err.println(prefix + "FAILED " + f.get("path") + ": " + f.get("reason"));
        }
        for (Map<String, Object> f : failures) {
            err.println(prefix + "FAILED " + f.get("path") + ": " + f.get("reason"));
        }
        if (!annotatorProblems.isEmpty()) {
            err.println(prefix + annotatorProblems.size() + " annotator problem(s); see run.json");
        }
        int ok = total - failures.size();
        String kept = states.kept() > 0 ? " (" + states.kept() + " kept from the earlier run)" : "";
        String conflicts = conflictSeconds > 0 ? String.format(Locale.ROOT, ", conflicts in %.1f s", conflictSeconds) : "";
        err.printf(Locale.ROOT, prefix + "%d of %d documents annotated in %.1f s (%.1f documents/s), %d failed%s%s%n",
                ok, total, seconds, ok / Math.max(seconds, 1e-9), failures.size(), kept + conflicts,
                options.temporaryOut ? "" : "; output in " + options.out);
        if (!folderFailures.isEmpty()) {
            err.println(prefix + folderFailures.size() + " input folder(s) could not be read; their documents are not in this run (see run.json)");
        }
        if (Throwables.verbose()) {
            err.println(prefix + "time per annotator: " + times.shares());
        }
        return failures.isEmpty() && folderFailures.isEmpty() && collectionProblem == null ? Command.OK : Command.PARTIAL_FAILURE;
    }

    private void fail(Path file, String id, String reason) {
        states.failed(id, file.toString(), reason);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("path", file.toString());
        f.put("document", id);
        f.put("reason", reason);
        failures.add(f);
    }

}
