package io.concord.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;

/**
 * A document's annotators run one after another in one task on the engine's executor: one hand-over between
 * threads per document rather than one per annotator (on two cores the hand-overs cost a fifth of the
 * annotation time). The calling thread watches the stage under way through {@link #overdue} and stops the
 * sequence when it overruns; a stopped sequence touches neither the CAS nor the engine it was running again.
 */
final class StageSequence implements Runnable {
    private final List<AnnotatorStage> stages;
    private final JCas jcas;
    private final StageRunner runner;
    /** Counted down when the task has left the CAS alone for good. */
    final CountDownLatch done = new CountDownLatch(1);

    // guarded by this
    private final List<StageRunner.Result> results = new ArrayList<>();
    private int running = -1;
    private AnalysisEngine runningEngine;
    private long runningSince;
    private boolean stopped;

    StageSequence(List<AnnotatorStage> stages, JCas jcas, StageRunner runner) {
        this.stages = stages;
        this.jcas = jcas;
        this.runner = runner;
    }

    @Override
    public void run() {
        try {
            for (int k = 0; k < stages.size(); k++) {
                StageRunner.Result result = runStage(k);
                if (result == null) {
                    return; // stopped by the caller, which reports the stage
                }
                synchronized (this) {
                    results.add(result);
                }
                if (result.classesGone()) {
                    return; // the caller annotates the document again with the pipeline of the moment
                }
            }
        } finally {
            done.countDown();
        }
    }

    /** The stage's result, or null when the caller stopped it while it ran. */
    private StageRunner.Result runStage(int k) {
        AnnotatorStage stage = stages.get(k);
        long start = System.nanoTime();
        AnalysisEngine ae;
        try {
            ae = stage.borrow();
        } catch (Exception | LinkageError e) {
            return runner.notCreated(stage, e, start);
        }
        synchronized (this) {
            if (stopped) {
                stage.giveBack(ae);
                return null;
            }
            running = k;
            runningEngine = ae;
            runningSince = System.nanoTime();
        }
        StageRunner.IndexSizes before = StageRunner.IndexSizes.of(jcas);
        Throwable error = null;
        try {
            stage.withContextLoader(() -> {
                ae.process(jcas);
                return null;
            });
        } catch (OutOfMemoryError oom) {
            synchronized (this) {
                if (!stopped) {
                    running = -1;
                    runner.abort(stage, ae, jcas);
                }
            }
            throw oom;
        } catch (Exception | LinkageError | StackOverflowError e) {
            error = e;
        }
        synchronized (this) {
            if (stopped) {
                return null;
            }
            running = -1;
        }
        return error == null ? runner.succeeded(stage, ae, jcas, start, before) : runner.failed(stage, ae, jcas, error, start);
    }

    /**
     * Nanoseconds until the stage under way reaches {@code limitNanos}, or the limit itself when none is under way;
     * at or below zero the stage is overdue and the sequence is marked stopped.
     */
    synchronized long overdue(long limitNanos) {
        if (running < 0 || stopped) {
            return stopped ? 0 : limitNanos;
        }
        long left = runningSince + limitNanos - System.nanoTime();
        if (left <= 0) {
            stopped = true;
        }
        return left;
    }

    /** The stage that was stopped, once {@link #overdue} has stopped the sequence. */
    synchronized AnnotatorStage stoppedStage() {
        return stages.get(running);
    }

    /** When the stopped stage began. */
    synchronized long stoppedSince() {
        return runningSince;
    }

    /** Its engine, in an unknown state once stopped: never to be reused. */
    synchronized AnalysisEngine stoppedEngine() {
        return runningEngine;
    }

    synchronized List<StageRunner.Result> results() {
        return new ArrayList<>(results);
    }
}
