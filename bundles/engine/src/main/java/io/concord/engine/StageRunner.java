package io.concord.engine;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
        long start = System.nanoTime();
        AnalysisEngine ae;
        try {
            ae = stage.borrow();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            return result(stage, Status.FAILED, "cannot create its analysis engine: " + describe(e), start, false);
        }
        if (timeoutMillis <= 0) {
            try {
                stage.withContextLoader(() -> {
                    ae.process(jcas);
                    return null;
                });
            } catch (Exception | LinkageError | StackOverflowError e) {
                return failed(stage, ae, jcas, e, start);
            }
            return succeeded(stage, ae, jcas, start);
        }

        CountDownLatch done = new CountDownLatch(1);
        Future<?> future = executor.submit(() -> {
            try {
                return stage.withContextLoader(() -> {
                    ae.process(jcas);
                    return null;
                });
            } finally {
                done.countDown();
            }
        });
        try {
            future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return succeeded(stage, ae, jcas, start);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                // the document is too large for the heap, whichever annotator met it first: it fails as a whole
                stage.giveBack(ae);
                removeUnfinished(jcas);
                throw oom;
            }
            return failed(stage, ae, jcas, e.getCause(), start);
        } catch (TimeoutException e) {
            future.cancel(true);
            stage.abandon(ae);
            String limit = "ran past its time limit of " + timeoutMillis + " ms";
            if (done.await(graceMillis, TimeUnit.MILLISECONDS)) {
                removeUnfinished(jcas);
                return result(stage, Status.TIMEOUT, limit + " and was stopped", start, false);
            }
            return result(stage, Status.TIMEOUT, limit + " and did not stop; its work is dropped", start, true);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private Result succeeded(AnnotatorStage stage, AnalysisEngine ae, JCas jcas, long start) {
        stage.giveBack(ae);
        for (ConcordAnnotation a : jcas.select(ConcordAnnotation.class)) {
            if (a.getAnnotator() == null) {
                a.setAnnotator(stage.id);
                a.setAnnotatorVersion(stage.version);
            }
        }
        for (Segment s : jcas.select(Segment.class)) {
            if (s.getAnnotator() == null) {
                s.setAnnotator(stage.id);
            }
        }
        return result(stage, Status.OK, null, start, false);
    }

    private Result failed(AnnotatorStage stage, AnalysisEngine ae, JCas jcas, Throwable error, long start) {
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
