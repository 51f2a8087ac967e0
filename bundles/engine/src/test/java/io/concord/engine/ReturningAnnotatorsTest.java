package io.concord.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class ReturningAnnotatorsTest {
    /** A bundle whose state the test sets. */
    private static Bundle bundle(AtomicInteger state) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> method.getName().equals("getState") ? state.get() : null);
    }

    @Test
    void aDocumentWaitsForTheNewVersionOfAnUpdatedAnnotator() throws Exception {
        ReturningAnnotators returning = new ReturningAnnotators(60_000, System::currentTimeMillis);
        returning.left("places", bundle(new AtomicInteger(Bundle.RESOLVED)));

        CompletableFuture<Void> document = CompletableFuture.runAsync(() -> {
            try {
                returning.await(() -> false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertTrue(!document.isDone(), "the document waits while the annotator is away");
        returning.present(List.of("segmenter", "places"));
        document.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aRemovedAnnotatorIsNotWaitedFor() throws Exception {
        ReturningAnnotators returning = new ReturningAnnotators(60_000, System::currentTimeMillis);
        AtomicInteger state = new AtomicInteger(Bundle.STOPPING);
        returning.left("places", bundle(state));
        state.set(Bundle.UNINSTALLED);
        CompletableFuture.runAsync(() -> {
            try {
                returning.await(() -> false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void anAnnotatorWithdrawnByItsStillActiveBundleIsNotWaitedFor() throws Exception {
        ReturningAnnotators returning = new ReturningAnnotators(60_000, System::currentTimeMillis);
        returning.left("capitals", bundle(new AtomicInteger(Bundle.ACTIVE))); // its .cfg deleted
        assertTrue(returning.none());
    }

    @Test
    void anAnnotatorThatDoesNotComeBackIsWaitedForOnlyItsTime() throws Exception {
        AtomicLong now = new AtomicLong(1_000);
        ReturningAnnotators returning = new ReturningAnnotators(5_000, now::get);
        returning.left("places", bundle(new AtomicInteger(Bundle.INSTALLED)));
        now.set(6_000);
        returning.await(() -> false);
        AtomicInteger asked = new AtomicInteger();
        returning.left("people", bundle(new AtomicInteger(Bundle.INSTALLED)));
        returning.await(() -> asked.incrementAndGet() > 0); // Concord stopping: no waiting
        assertEquals(1, asked.get());
    }
}
