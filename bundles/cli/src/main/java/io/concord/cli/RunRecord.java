package io.concord.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private final Path file;
    private final Object pipeline;
    private final DocumentStates states;
    private final PrintStream err;
    private final String started = Instant.now().toString();
    private long written = System.nanoTime();

    RunRecord(Path out, Object pipeline, DocumentStates states, PrintStream err) {
        this.file = out.resolve("run.json");
        this.pipeline = pipeline;
        this.states = states;
        this.err = err;
    }

    /** The run has started on {@code total} documents. */
    void started(int total) {
        write(running(total, List.of()));
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

    /** The run is over: {@code summary} (counts, failures, problems, times) with the pipeline and every state. */
    void finished(Map<String, Object> summary) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("state", "finished");
        run.put("started", started);
        run.putAll(summary);
        run.put("pipeline", pipeline);
        run.put("states", states.list());
        write(run);
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

    private void write(Map<String, Object> run) {
        try {
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                GSON.toJson(run, w);
                w.flush();
            });
        } catch (IOException e) {
            err.println("concord annotate: cannot write run.json: " + e.getMessage());
        }
    }
}
