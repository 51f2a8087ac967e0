package io.concord.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import org.osgi.framework.Bundle;

/**
 * Annotators on their way back: when an annotator's service leaves while its bundle stays installed, the bundle is
 * being updated (a new jar dropped over the old one) or refreshed, and its new version registers a moment later.
 * A document begun in that moment would be written without the annotator, so new documents wait for it, for a
 * bounded time; a bundle uninstalled (its jar deleted) is not waited for.
 */
final class ReturningAnnotators {
    private record Leaving(Bundle bundle, long until) {}

    private final long waitMillis;
    private final LongSupplier clock;
    /** Annotator id to the bundle that carried it; guarded by {@code this}. */
    private final Map<String, Leaving> leaving = new HashMap<>();

    ReturningAnnotators(long waitMillis, LongSupplier clock) {
        this.waitMillis = waitMillis;
        this.clock = clock;
    }

    /**
     * Annotator {@code id} left the pipeline; {@code bundle} carried it (null if unknown: then it is not awaited). A
     * bundle still active only withdrew the service (its configuration was deleted or changed): nothing comes back.
     */
    synchronized void left(String id, Bundle bundle) {
        if (bundle != null && waitMillis > 0 && bundle.getState() != Bundle.ACTIVE) {
            leaving.put(id, new Leaving(bundle, clock.getAsLong() + waitMillis));
        }
    }

    /** The annotators now in the pipeline: those among them are back. */
    synchronized void present(Collection<String> ids) {
        if (leaving.keySet().removeAll(ids)) {
            notifyAll();
        }
    }

    /**
     * Returns once no annotator is on its way back: each is back, its bundle was uninstalled, or its time is up;
     * at once when {@code stopping} says Concord is stopping.
     */
    synchronized void await(BooleanSupplier stopping) throws InterruptedException {
        while (true) {
            long now = clock.getAsLong();
            leaving.values().removeIf(l -> l.bundle().getState() == Bundle.UNINSTALLED || now >= l.until());
            if (leaving.isEmpty() || stopping.getAsBoolean()) {
                return;
            }
            wait(25);
        }
    }

    /** Whether no annotator is awaited now (without waiting). */
    synchronized boolean none() {
        long now = clock.getAsLong();
        leaving.values().removeIf(l -> l.bundle().getState() == Bundle.UNINSTALLED || now >= l.until());
        return leaving.isEmpty();
    }
}
