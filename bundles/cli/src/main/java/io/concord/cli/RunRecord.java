package io.concord.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The run's {@code run.json}: written when the run starts ("running"), rewritten every few seconds while
 * documents go (each document's state so far), and at the end with the summary, always atomically, so a
 * run that is killed or runs out of memory still says how far it got.
 */
final class RunRecord {
    private static final long PERIOD_NANOS = 5_000_000_000L;
    /**
     * A file in --out that holds room for the final run.json while the documents are written (a full disk
     * must not cost the record of what failed); removed just before that write.
     */
    static final String RESERVE = ".concord-run-reserve";
    /** Room set aside per document (a state in run.json takes about 200 bytes), and at least and at most. */
    private static final long RESERVE_PER_DOCUMENT = 512;
    private static final long RESERVE_MIN = 64 * 1024;
    private static final long RESERVE_MAX = 64L * 1024 * 1024;
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    /** How run.json is stored: atomically, or a stand-in that fails in tests. */
    @FunctionalInterface
    interface Store {
        void write(Path target, AtomicFiles.OutputWriter writer) throws IOException;
    }

    private final Path file;
    private final Path reserve;
    private final Store store;
    private final Object pipeline;
    private final DocumentStates states;
    private final PrintStream err;
    private final String started = Instant.now().toString();
    private long written = System.nanoTime();

    RunRecord(Path out, Object pipeline, DocumentStates states, PrintStream err) {
        this(out, pipeline, states, err, AtomicFiles::write);
    }

    RunRecord(Path out, Object pipeline, DocumentStates states, PrintStream err, Store store) {
        this.file = out.resolve("run.json");
        this.reserve = out.resolve(RESERVE);
        this.store = store;
        this.pipeline = pipeline;
        this.states = states;
        this.err = err;
    }

    /** The run has started on {@code total} documents. */
    void started(int total) {
        write(running(total, List.of()));
        reserve(Math.min(RESERVE_MAX, RESERVE_MIN + RESERVE_PER_DOCUMENT * total));
    }

    /** A document is done: the states so far, at most every few seconds. */
    void progress(int total) {
        synchronized (this) {
            if (System.nanoTime() - written < PERIOD_NANOS) {
                return;
            }
            written = System.nanoTime();
        }
        write(running(total, states.list()));
    }

    /** The run was stopped before its end: the states of the documents done and the export options, for --resume. */
    void stopped(int total, Object export) {
        Map<String, Object> run = running(total, states.list());
        run.put("state", "stopped");
        run.put("export", export);
        release();
        write(run);
    }

    /** The run is over: {@code summary} (counts, failures, problems, times) with the pipeline and every state. */
    void finished(Map<String, Object> summary) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("state", "finished");
        run.put("started", started);
        run.putAll(summary);
        run.put("pipeline", pipeline);
        run.put("states", states.list());
        release();
        if (!write(run)) {
            // the atomic write needs room for a second copy: overwriting in place needs none beyond the new size
            try {
                Files.writeString(file, GSON.toJson(run), StandardCharsets.UTF_8);
                err.println("concord annotate: run.json written in place");
            } catch (IOException | RuntimeException e) {
                err.println("concord annotate: cannot write run.json: " + message(e));
            }
        }
    }

    /** Gives back the room held for the final run.json (a run that ends early must not leave it behind). */
    void release() {
        try {
            Files.deleteIfExists(reserve);
        } catch (IOException e) {
            // a hidden file left in --out is harmless; the next run takes it over
        }
    }

    private void reserve(long bytes) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(reserve)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left)); // real blocks: a sparse file holds no room
            }
        } catch (IOException e) {
            release(); // the disk is full already: run.json is then written in place at the end
        }
    }

    private Map<String, Object> running(int total, List<Map<String, Object>> sofar) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("state", "running");
        run.put("started", started);
        run.put("documents", total);
        run.put("pipeline", pipeline);
        run.put("states", sofar);
        return run;
    }

    /** Writes run.json atomically; false (and said on stderr) when it cannot be written. */
    private boolean write(Map<String, Object> run) {
        try {
            store.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                GSON.toJson(run, w);
                w.flush();
            });
            return true;
        } catch (IOException | RuntimeException e) {
            // Gson reports a full disk as JsonIOException, a RuntimeException: it must not end the batch
            err.println("concord annotate: cannot write run.json: " + message(e));
            return false;
        }
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
