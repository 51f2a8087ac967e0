package io.concord.annotator.remote;

import java.util.function.LongSupplier;

/**
 * Fails fast while an endpoint is known to be failing: after {@code threshold} documents failed in a row,
 * calls are refused for {@code pauseMillis}; then calls go through again, and the next failure pauses
 * again at once (one success closes it). A threshold of 0 never pauses.
 */
final class CircuitBreaker {
    private final int threshold;
    private final long pauseMillis;
    private final LongSupplier clockMillis;

    private int consecutiveFailures;
    private long pausedUntil;
    private String lastFailure;

    CircuitBreaker(int threshold, long pauseMillis, LongSupplier clockMillis) {
        this.threshold = threshold;
        this.pauseMillis = pauseMillis;
        this.clockMillis = clockMillis;
    }

    /** Throws when paused; otherwise the call may go ahead. */
    synchronized void check() throws RemoteFailure {
        long now = clockMillis.getAsLong();
        if (now < pausedUntil) {
            throw RemoteFailure.permanent("endpoint paused after " + consecutiveFailures + " failures in a row, for "
                    + (pausedUntil - now) + " ms more; last failure: " + lastFailure);
        }
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        pausedUntil = 0;
    }

    synchronized void failed(String reason) {
        consecutiveFailures++;
        lastFailure = reason;
        if (threshold > 0 && consecutiveFailures >= threshold) {
            pausedUntil = clockMillis.getAsLong() + pauseMillis;
        }
    }
}
