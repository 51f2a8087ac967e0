package io.concord.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.concord.api.model.AnnotatorOutcome;

/** The time each annotator of the pipeline took over a run, summed over its documents. */
final class AnnotatorTimes {
    private final Map<String, LongAdder> millis = new ConcurrentHashMap<>();
    /** Annotators in the order they were first seen (the pipeline's order). */
    private final Map<String, Boolean> order = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    void add(List<AnnotatorOutcome> outcomes) {
        for (AnnotatorOutcome o : outcomes) {
            order.putIfAbsent(o.annotator(), Boolean.TRUE);
            millis.computeIfAbsent(o.annotator(), k -> new LongAdder()).add(o.millis());
        }
    }

    /** Milliseconds per annotator, in pipeline order (for run.json). */
    Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (order) {
            for (String id : order.keySet()) {
                out.put(id, millis.get(id).sum());
            }
        }
        return out;
    }

    /** "figures 41% (1.2 s), people 30% (0.9 s), ...": where the annotation time went. */
    String shares() {
        Map<String, Long> t = totals();
        long all = Math.max(1, t.values().stream().mapToLong(Long::longValue).sum());
        StringBuilder b = new StringBuilder();
        t.forEach((id, ms) -> b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                "%s %d%% (%.1f s)", id, Math.round(100.0 * ms / all), ms / 1000.0)));
        return b.toString();
    }
}
