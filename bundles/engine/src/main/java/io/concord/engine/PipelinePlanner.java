package io.concord.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Orders annotators by the types they need and produce (a dependency graph, not a hand-kept list).
 * An annotator whose input nobody produces, or that sits on a dependency cycle, is left out with a
 * reason; so is every annotator that depends on a left-out one. Ties are broken by id, so the order
 * is deterministic. Pure logic, no OSGi or UIMA.
 */
final class PipelinePlanner {
    /** What the planner needs to know of an annotator. */
    record Candidate<T>(String id, T payload, Set<String> inputs, Set<String> outputs) {}

    /** The ordered pipeline and the annotators left out, with the reason for each. */
    record Plan<T>(List<Candidate<T>> ordered, Map<Candidate<T>, String> leftOut) {}

    private final Set<String> provided;
    private final BiPredicate<String, String> satisfies;

    /**
     * @param provided types present before any annotator runs (document metadata)
     * @param satisfies {@code (needed, produced) -> true} when the produced type satisfies the needed one
     *                  (the same type or a subtype)
     */
    PipelinePlanner(Set<String> provided, BiPredicate<String, String> satisfies) {
        this.provided = provided;
        this.satisfies = satisfies;
    }

    <T> Plan<T> plan(List<Candidate<T>> candidates) {
        Map<Candidate<T>, String> leftOut = new LinkedHashMap<>();
        List<Candidate<T>> live = new ArrayList<>(candidates);
        live.sort(Comparator.comparing(Candidate::id));

        // Drop annotators whose inputs nobody produces; repeat, since dropping one can starve another.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Candidate<T> c : List.copyOf(live)) {
                for (String input : c.inputs()) {
                    if (!isProvided(input) && producers(input, c, live).isEmpty()) {
                        String why = leftOutProducer(input, leftOut);
                        leftOut.put(c, "needs " + input + ", which " + (why == null
                                ? "no installed annotator produces" : "only the left-out annotator " + why + " produces"));
                        live.remove(c);
                        changed = true;
                        break;
                    }
                }
            }
        }

        // Kahn's algorithm over "producer before consumer" edges.
        Map<Candidate<T>, Set<Candidate<T>>> deps = new HashMap<>();
        for (Candidate<T> c : live) {
            Set<Candidate<T>> d = new LinkedHashSet<>();
            for (String input : c.inputs()) {
                if (!isProvided(input)) {
                    d.addAll(producers(input, c, live));
                }
            }
            deps.put(c, d);
        }
        List<Candidate<T>> ordered = new ArrayList<>();
        TreeMap<String, Candidate<T>> ready = new TreeMap<>();
        Set<Candidate<T>> placed = new LinkedHashSet<>();
        for (Candidate<T> c : live) {
            if (deps.get(c).isEmpty()) {
                ready.put(c.id(), c);
            }
        }
        while (!ready.isEmpty()) {
            Candidate<T> next = ready.pollFirstEntry().getValue();
            ordered.add(next);
            placed.add(next);
            for (Candidate<T> c : live) {
                if (!placed.contains(c) && !ready.containsValue(c) && placed.containsAll(deps.get(c))) {
                    ready.put(c.id(), c);
                }
            }
        }
        for (Candidate<T> c : live) {
            if (!placed.contains(c)) {
                leftOut.put(c, "is on a dependency cycle: " + cycleThrough(c, deps, placed));
            }
        }
        return new Plan<>(ordered, leftOut);
    }

    private boolean isProvided(String type) {
        return provided.stream().anyMatch(p -> satisfies.test(type, p));
    }

    private <T> List<Candidate<T>> producers(String type, Candidate<T> consumer, List<Candidate<T>> among) {
        List<Candidate<T>> out = new ArrayList<>();
        for (Candidate<T> c : among) {
            if (c != consumer && c.outputs().stream().anyMatch(o -> satisfies.test(type, o))) {
                out.add(c);
            }
        }
        return out;
    }

    private <T> String leftOutProducer(String type, Map<Candidate<T>, String> leftOut) {
        for (Candidate<T> c : leftOut.keySet()) {
            if (c.outputs().stream().anyMatch(o -> satisfies.test(type, o))) {
                return c.id();
            }
        }
        return null;
    }

    private static <T> String cycleThrough(Candidate<T> start, Map<Candidate<T>, Set<Candidate<T>>> deps,
                                           Set<Candidate<T>> placed) {
        List<String> path = new ArrayList<>();
        Candidate<T> at = start;
        Set<Candidate<T>> seen = new LinkedHashSet<>();
        while (at != null && seen.add(at)) {
            path.add(at.id());
            at = deps.get(at).stream().filter(d -> !placed.contains(d)).findFirst().orElse(null);
        }
        if (at != null) {
            path.add(at.id());
        }
        return String.join(" -> ", path);
    }
}
