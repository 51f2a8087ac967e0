package io.concord.engine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Callable;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * One annotator inside one pipeline snapshot: its description and a pool of analysis engines (an engine
 * is not thread-safe, so each concurrent document borrows its own). Engines are created with the
 * annotator bundle's class loader as context class loader, so UIMA can load the annotator class by name.
 * A stage lives as long as some pipeline snapshot contains it, so an unchanged annotator keeps its warm
 * engines when another annotator is installed or removed.
 */
final class AnnotatorStage {
    final String id;
    final String version;
    final String bundle;
    final long bundleId;
    final ClassLoader loader;
    final AnalysisEngineDescription description;
    final Set<String> inputs;
    final Set<String> outputs;

    /** How long a document waits for an engine of a withdrawn annotator before giving up. */
    private static final long WITHDRAWN_WAIT_SECONDS = 300;

    private final LinkedBlockingDeque<AnalysisEngine> idle = new LinkedBlockingDeque<>();
    private final List<AnalysisEngine> created = new CopyOnWriteArrayList<>();
    private volatile boolean destroyed;
    private volatile boolean withdrawn;
    private int snapshots;

    AnnotatorStage(String id, String version, String bundle, long bundleId, ClassLoader loader,
                   AnalysisEngineDescription description, Set<String> inputs, Set<String> outputs) {
        this.id = id;
        this.version = version;
        this.bundle = bundle;
        this.bundleId = bundleId;
        this.loader = loader;
        this.description = description;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /**
     * An idle engine, or a new one. Once the annotator's service is withdrawn its bundle may already be
     * gone, so no engine is created any more: documents still running on an older snapshot wait for one
     * of the engines that exist (there is always one, made when the annotator was installed).
     */
    AnalysisEngine borrow() throws ResourceInitializationException, InterruptedException {
        AnalysisEngine ae = idle.poll();
        if (ae != null) {
            return ae;
        }
        if (!withdrawn) {
            try {
                ae = withContextLoader(() -> AnalysisEngineFactory.createEngine(description));
                created.add(ae);
                return ae;
            } catch (ResourceInitializationException | LinkageError e) {
                if (created.isEmpty()) {
                    throw e;
                }
                // The bundle is going away under us: fall back to the engines that exist.
            }
        }
        ae = idle.poll(WITHDRAWN_WAIT_SECONDS, TimeUnit.SECONDS);
        if (ae == null) {
            throw new ResourceInitializationException(new IllegalStateException(
                    "annotator " + id + " was removed and none of its engines became free"));
        }
        return ae;
    }

    /** The annotator's service is gone: no new engines from its bundle from now on. */
    void withdraw() {
        withdrawn = true;
    }

    void giveBack(AnalysisEngine ae) {
        if (destroyed) {
            ae.destroy();
        } else {
            idle.push(ae);
        }
    }

    /** An engine in an unknown state (it overran its time limit) is never reused. */
    void abandon(AnalysisEngine ae) {
        created.remove(ae);
    }

    /** A pipeline snapshot starts using this stage (stages are shared by the snapshots that contain them). */
    synchronized void retain() {
        snapshots++;
    }

    /** A snapshot is done; the last one out destroys the engines. */
    synchronized void release() {
        if (--snapshots == 0) {
            destroy();
        }
    }

    private void destroy() {
        destroyed = true;
        for (AnalysisEngine ae : created) {
            try {
                withContextLoader(() -> {
                    ae.destroy();
                    return null;
                });
            } catch (Exception | LinkageError e) {
                // The bundle may be gone already; there is nothing left to release then.
            }
        }
        created.clear();
        idle.clear();
    }

    <V> V withContextLoader(Callable<V> action) throws ResourceInitializationException {
        Thread t = Thread.currentThread();
        ClassLoader old = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return action.call();
        } catch (ResourceInitializationException e) {
            throw e;
        } catch (Exception e) {
            throw new ResourceInitializationException(e);
        } finally {
            t.setContextClassLoader(old);
        }
    }
}
