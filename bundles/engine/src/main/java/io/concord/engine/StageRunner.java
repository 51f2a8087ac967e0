package io.concord.engine;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.concord.api.model.AnnotatorOutcome.Status;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.types.AnnotatorRun;
import io.concord.types.ConcordAnnotation;
import io.concord.types.DocumentMetadata;
import io.concord.types.Segment;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.util.CasCopier;

/**
 * Runs one annotator on one CAS under a time limit. A failing annotator's partial annotations are removed
 * and the document goes on; an annotator that overruns is interrupted, and if it will not stop, the
 * document goes on with a copy of the CAS that holds only finished annotators' work.
 */
final class StageRunner {
    /**
     * @param casAbandoned the annotator still runs on the CAS: the document goes on with a copy
     * @param classesGone  it failed because a class of its bundle could no longer be loaded (the bundle was
     *                     updated or removed while the document ran)
     */
    record Result(AnnotatorOutcome outcome, boolean casAbandoned, boolean classesGone) {
        Result(AnnotatorOutcome outcome, boolean casAbandoned) {
            this(outcome, casAbandoned, false);
        }
    }

    private final ExecutorService executor;
    private final long timeoutMillis;
    private final long graceMillis;

    StageRunner(ExecutorService executor, long timeoutMillis, long graceMillis) {
        this.executor = executor;
        this.timeoutMillis = timeoutMillis;
        this.graceMillis = graceMillis;
    }

    Result run(AnnotatorStage stage, JCas jcas) throws InterruptedException {
        return run(List.of(stage), jcas).get(0);
    }

    /**
     * Runs {@code stages} in order on the CAS and gives the results of those that ran. It ends early after a
     * stage that overran its time limit (the caller goes on from the next stage, on a copy of the CAS when the
     * result says the CAS was abandoned) or whose classes are gone; an out-of-memory error fails the document.
     */
    List<Result> run(List<AnnotatorStage> stages, JCas jcas) throws InterruptedException {
        StageSequence sequence = new StageSequence(stages, jcas, this);
        if (timeoutMillis <= 0) {
            sequence.run();
            return sequence.results();
        }
        Future<?> future = executor.submit(sequence);
        long limit = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            for (long left = sequence.overdue(limit); left > 0; left = sequence.overdue(limit)) {
                try {
                    future.get(left, TimeUnit.NANOSECONDS);
                    return sequence.results();
                } catch (TimeoutException e) {
                    // look again: the stage under way may be a later one, with time left
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw oom; // the document is too large for the heap, whichever annotator met it first
            }
            throw new IllegalStateException("the stage sequence failed outside any annotator", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
        AnnotatorStage stage = sequence.stoppedStage();
        long start = sequence.stoppedSince();
        future.cancel(true);
        stage.abandon(sequence.stoppedEngine());
        List<Result> results = sequence.results();
        String limitText = "ran past its time limit of " + timeoutMillis + " ms";
        if (sequence.done.await(graceMillis, TimeUnit.MILLISECONDS)) {
            removeUnfinished(jcas);
            results.add(result(stage, Status.TIMEOUT, limitText + " and was stopped", start, false));
        } else {
            results.add(result(stage, Status.TIMEOUT, limitText + " and did not stop; its work is dropped", start, true));
        }
        return results;
    }

    Result notCreated(AnnotatorStage stage, Throwable error, long start) {
        return result(stage, Status.FAILED, "cannot create its analysis engine: " + describe(error), start, false);
    }

    /** The document fails as a whole: the engine goes back to its pool and the partial work goes. */
    void abort(AnnotatorStage stage, AnalysisEngine ae, JCas jcas) {
        stage.giveBack(ae);
        removeUnfinished(jcas);
    }

    /**
     * Stamps what the stage added with its name. {@code before} holds the sizes of the annotation and segment
     * indexes before it ran: an index whose size did not change is not walked (most stages add no tokens, and
     * walking every token after every stage was 3% of the annotation time). The price: an annotator that removes
     * exactly as many as it adds leaves its additions unstamped, to be dropped if a later annotator fails.
     */
    Result succeeded(AnnotatorStage stage, AnalysisEngine ae, JCas jcas, long start, IndexSizes before) {
        stage.giveBack(ae);
        IndexSizes after = IndexSizes.of(jcas);
        if (after.annotations() != before.annotations()) {
            for (ConcordAnnotation a : jcas.select(ConcordAnnotation.class)) {
                if (a.getAnnotator() == null) {
                    a.setAnnotator(stage.id);
                    a.setAnnotatorVersion(stage.version);
                }
            }
        }
        if (after.segments() != before.segments()) {
            for (Segment s : jcas.select(Segment.class)) {
                if (s.getAnnotator() == null) {
                    s.setAnnotator(stage.id);
                }
            }
        }
        return result(stage, Status.OK, null, start, false);
    }

    /** How many annotations and segments a CAS holds. */
    record IndexSizes(int annotations, int segments) {
        static IndexSizes of(JCas jcas) {
            return new IndexSizes(jcas.getAnnotationIndex(ConcordAnnotation.class).size(),
                    jcas.getAnnotationIndex(Segment.class).size());
        }
    }

    Result failed(AnnotatorStage stage, AnalysisEngine ae, JCas jcas, Throwable error, long start) {
        stage.giveBack(ae);
        removeUnfinished(jcas);
        Result r = result(stage, Status.FAILED, describe(error), start, false);
        return new Result(r.outcome(), false, classesGone(error));
    }

    /** A class the annotator needed could not be loaded: its bundle's code was replaced or removed meanwhile. */
    static boolean classesGone(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError) {
                return true;
            }
        }
        return false;
    }

    private static Result result(AnnotatorStage stage, Status status, String message, long start, boolean abandoned) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(new AnnotatorOutcome(stage.id, stage.version, status, message, millis), abandoned);
    }

    /** The run of one annotator on the document, kept in the CAS beside its annotations (exported as outcomes). */
    static void recordRun(JCas jcas, AnnotatorOutcome outcome) {
        AnnotatorRun run = new AnnotatorRun(jcas);
        run.setAnnotator(outcome.annotator());
        run.setAnnotatorVersion(outcome.version());
        run.setStatus(outcome.status().name().toLowerCase());
        run.setMessage(outcome.message());
        run.setMillis(outcome.millis());
        run.addToIndexes();
    }

    /** Annotations and segments not yet stamped with an annotator belong to the one that failed. */
    private static void removeUnfinished(JCas jcas) {
        List<TOP> partial = new ArrayList<>();
        jcas.select(ConcordAnnotation.class).filter(a -> a.getAnnotator() == null).forEach(partial::add);
        jcas.select(Segment.class).filter(s -> s.getAnnotator() == null).forEach(partial::add);
        partial.forEach(TOP::removeFromIndexes);
    }

    /**
     * Copies the text, metadata, finished segments and annotations and run records into {@code to}. The source may
     * still be written by a runaway annotator, so the copy is retried if its indexes change underneath.
     */
    static void copyFinished(JCas from, JCas to) {
        for (int attempt = 0; ; attempt++) {
            try {
                to.reset();
                to.setDocumentText(from.getDocumentText());
                to.setDocumentLanguage(from.getDocumentLanguage());
                CasCopier copier = new CasCopier(from.getCas(), to.getCas());
                List<TOP> keep = new ArrayList<>(from.select(DocumentMetadata.class).asList());
                from.select(Segment.class).filter(a -> a.getAnnotator() != null).forEach(keep::add);
                from.select(ConcordAnnotation.class).filter(a -> a.getAnnotator() != null).forEach(keep::add);
                keep.addAll(from.select(AnnotatorRun.class).asList());
                for (TOP fs : keep) {
                    to.getCas().addFsToIndexes(copier.copyFs(fs));
                }
                return;
            } catch (ConcurrentModificationException | IllegalStateException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** The innermost cause, as "Type: message", which is what a user needs to see. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
