package io.concord.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Work on independent items (documents, stories) spread over a few threads, its results given back in the items'
 * order, so that what is built from them does not depend on which thread finished first.
 */
final class OrderedWork {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private OrderedWork() {}

    /** The threads to use for {@code setting}: itself when positive, else one per processor. */
    static int threads(int setting) {
        return setting > 0 ? setting : Runtime.getRuntime().availableProcessors();
    }

    /**
     * {@code work} applied to each item on {@code threads} threads, results in the items' order; {@code done} hears
     * how many results are in as they are taken up. An exception of the work is thrown here, as an unchecked one.
     */
    static <T, R> List<R> map(List<T> items, Function<T, R> work, int threads, IntConsumer done) {
        List<R> out = new ArrayList<>(items.size());
        if (threads <= 1 || items.size() < 2) {
            for (T item : items) {
                out.add(work.apply(item));
                done.accept(out.size());
            }
            return out;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger made = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "concord-conflicts-" + pool + "-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(executor.submit(() -> work.apply(item)));
            }
            for (Future<R> f : futures) {
                out.add(f.get());
                done.accept(out.size());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("conflict detection interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }
}
