package io.concord.api;

import java.util.concurrent.CancellationException;

/**
 * Stops an annotator whose run was called off. The engine interrupts the thread of an annotator that ran past
 * its time limit; Java cannot stop a thread from outside, so an annotator's long loops call {@link #check()}
 * (a flag read, cheap enough for every few hundred words) and the annotator ends instead of running on, unseen,
 * beside the next documents.
 */
public final class Interruption {
    private Interruption() {}

    /**
     * Returns at once unless the current thread was interrupted.
     *
     * @throws CancellationException when it was (the interrupt flag stays set for the caller's executor)
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("stopped: its run was called off (time limit)");
        }
    }
}
