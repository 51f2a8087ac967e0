package io.concord.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.concord.api.conflict.DetectionProgress;

/**
 * A line on standard error every few seconds while a run goes: documents annotated, then the conflict
 * detection's grouping and stories compared, with rates and the time left. Plain lines, not a redrawn
 * bar, so a log file reads as well as a terminal; none with {@code --quiet}.
 */
final class ProgressLines implements AutoCloseable {
    private static final long PERIOD_SECONDS = 2;

    private final PrintStream err;
    private final ScheduledExecutorService timer;
    private volatile Supplier<String> line = () -> null;

    ProgressLines(PrintStream err, boolean quiet) {
        this.err = err;
        this.timer = quiet ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "concord-progress");
            t.setDaemon(true);
            return t;
        });
        if (timer != null) {
            timer.scheduleAtFixedRate(this::print, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void print() {
        String s = line.get();
        if (s != null) {
            err.println("concord annotate: " + s);
        }
    }

    /** From now on, the documents annotated of {@code total}. */
    void annotating(int total, IntSupplier done, LongSupplier chars, IntSupplier failed) {
        long start = System.nanoTime();
        line = () -> {
            double secs = (System.nanoTime() - start) / 1e9;
            int n = done.getAsInt();
            return String.format(Locale.ROOT, "%d/%d documents (%.1f documents/s, %.2f MB/s), %d failed%s", n, total,
                    n / secs, chars.getAsLong() / secs / 1e6, failed.getAsInt(), left(n, total, secs));
        };
    }

    /** From now on, how far conflict detection has got, as the detector tells the returned listener. */
    DetectionProgress detecting() {
        long start = System.nanoTime();
        DetectionState state = new DetectionState();
        line = () -> {
            String phase = state.phase;
            int done = state.done;
            int total = state.total;
            if (phase == null) {
                return null;
            }
            if (DetectionProgress.GROUPING.equals(phase)) {
                return "conflicts: grouping " + total + " documents into stories";
            }
            double secs = (System.nanoTime() - state.phaseStart) / 1e9;
            return String.format(Locale.ROOT, "conflicts: %d/%d stories compared (%.0f s so far)%s", done, total,
                    (System.nanoTime() - start) / 1e9, left(done, total, secs));
        };
        return (phase, done, total) -> {
            if (!phase.equals(state.phase)) {
                state.phaseStart = System.nanoTime();
                state.phase = phase;
            }
            state.done = done;
            state.total = total;
        };
    }

    /** Written by the detecting thread, read by the timer's. */
    private static final class DetectionState {
        volatile String phase;
        volatile int done;
        volatile int total;
        volatile long phaseStart;
    }

    /** ", about N s left" from the rate so far; nothing until there is a rate to go by. */
    private static String left(int done, int total, double secs) {
        if (done <= 0 || done >= total || secs < 1) {
            return "";
        }
        long remaining = Math.round((total - done) * secs / done);
        return remaining >= 120 ? ", about " + (remaining + 30) / 60 + " min left" : ", about " + remaining + " s left";
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
