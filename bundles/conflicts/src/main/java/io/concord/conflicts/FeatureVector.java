package io.concord.conflicts;

import java.util.Arrays;

/**
 * A document (or a story's centroid) as weighted features: feature numbers ascending with their weights, in
 * two arrays, and the squared norm of each feature type. Arrays rather than a map of feature strings: a large
 * collection holds one vector per document while stories are formed, and comparing two is a merge of two
 * sorted runs.
 */
final class FeatureVector {
    /** Feature types: people, places, quoted word trigrams, vocabulary. */
    static final String[] TYPES = {"p:", "l:", "q:", "w:"};
    /** How much each type's cosine counts; quotes only add (a paraphrasing outlet shares no trigrams). */
    private static final double[] TYPE_WEIGHTS = {0.45, 0.2, 0.0, 0.35};
    private static final double QUOTE_BONUS = 0.2;

    /** The type of every feature number, shared by the vectors of one collection. */
    private final int[] typeOf;
    private int[] ids;
    private double[] weights;
    private final double[] squares = new double[TYPES.length];

    /** @param ids ascending feature numbers, {@code weights} theirs */
    FeatureVector(int[] ids, double[] weights, int[] typeOf) {
        this.ids = ids;
        this.weights = weights;
        this.typeOf = typeOf;
        sumSquares();
    }

    /** The type of a feature, by its prefix; anything else is vocabulary. */
    static int typeOf(String feature) {
        for (int t = 0; t < TYPES.length; t++) {
            if (feature.startsWith(TYPES[t])) {
                return t;
            }
        }
        return TYPES.length - 1;
    }

    int size() {
        return ids.length;
    }

    int id(int k) {
        return ids[k];
    }

    double weight(int k) {
        return weights[k];
    }

    FeatureVector copy() {
        return new FeatureVector(ids, weights, typeOf);
    }

    /** Adds {@code other}'s weights to this one's (a story's centroid taking in a document or story). */
    void add(FeatureVector other) {
        int[] mergedIds = new int[ids.length + other.ids.length];
        double[] merged = new double[mergedIds.length];
        int a = 0;
        int b = 0;
        int n = 0;
        while (a < ids.length || b < other.ids.length) {
            if (b == other.ids.length || a < ids.length && ids[a] < other.ids[b]) {
                mergedIds[n] = ids[a];
                merged[n++] = weights[a++];
            } else if (a == ids.length || other.ids[b] < ids[a]) {
                mergedIds[n] = other.ids[b];
                merged[n++] = other.weights[b++];
            } else {
                mergedIds[n] = ids[a];
                merged[n++] = weights[a++] + other.weights[b++];
            }
        }
        ids = Arrays.copyOf(mergedIds, n);
        weights = Arrays.copyOf(merged, n);
        sumSquares();
    }

    private void sumSquares() {
        Arrays.fill(squares, 0);
        for (int k = 0; k < ids.length; k++) {
            squares[typeOf[ids[k]]] += weights[k] * weights[k];
        }
    }

    double similarity(FeatureVector other) {
        double[] dots = new double[TYPES.length];
        int a = 0;
        int b = 0;
        while (a < ids.length && b < other.ids.length) {
            if (ids[a] < other.ids[b]) {
                a++;
            } else if (ids[a] > other.ids[b]) {
                b++;
            } else {
                dots[typeOf[ids[a]]] += weights[a++] * other.weights[b++];
            }
        }
        return combine(dots, other);
    }

    /** Weighted mean of the per-type cosines over the types both sides have, plus the quote bonus. */
    double combine(double[] dots, FeatureVector other) {
        double sum = 0;
        double weight = 0;
        double quotes = 0;
        for (int t = 0; t < TYPES.length; t++) {
            if (squares[t] == 0 || other.squares[t] == 0) {
                continue;
            }
            double cos = dots[t] / Math.sqrt(squares[t] * other.squares[t]);
            if (TYPE_WEIGHTS[t] == 0) {
                quotes = cos;
            } else {
                sum += TYPE_WEIGHTS[t] * cos;
                weight += TYPE_WEIGHTS[t];
            }
        }
        return (weight == 0 ? 0 : sum / weight) + QUOTE_BONUS * quotes;
    }
}
