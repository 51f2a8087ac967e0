package io.concord.conflicts.text;

import java.util.HashMap;
import java.util.Map;

/** A weighted bag of context features (word meanings, {@code p:} people, {@code l:} places). */
public final class Bag {
    private final Map<String, Double> weights = new HashMap<>();
    private double total;

    public void add(String feature, double weight) {
        if (weight <= 0) {
            return;
        }
        Double old = weights.get(feature);
        if (old == null || old < weight) {
            weights.put(feature, weight);
            total += weight - (old == null ? 0 : old);
        }
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public double total() {
        return total;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** Shared weight over the smaller bag's weight: 1 when one context is contained in the other. */
    public double overlap(Bag other) {
        if (total == 0 || other.total == 0) {
            return 0;
        }
        Bag small = weights.size() <= other.weights.size() ? this : other;
        Bag large = small == this ? other : this;
        double shared = 0;
        for (Map.Entry<String, Double> e : small.weights.entrySet()) {
            Double w = large.weights.get(e.getKey());
            if (w != null) {
                shared += Math.min(w, e.getValue());
            }
        }
        return shared / Math.min(total, other.total);
    }

    /** Shared weight over the union's weight (weighted Jaccard). */
    public double jaccard(Bag other) {
        if (total == 0 || other.total == 0) {
            return 0;
        }
        double shared = 0;
        double union = 0;
        Map<String, Double> seen = new HashMap<>(other.weights);
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Double w = seen.remove(e.getKey());
            double a = e.getValue();
            double b = w == null ? 0 : w;
            shared += Math.min(a, b);
            union += Math.max(a, b);
        }
        for (double w : seen.values()) {
            union += w;
        }
        return union == 0 ? 0 : shared / union;
    }
}
