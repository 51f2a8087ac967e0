package io.concord.conflicts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * An inverted index of the documents' weighted features, each feature numbered once, with its documents and
 * their weights in arrays (documents ascending). The story clusterer's dot products then read arrays instead
 * of hashing the same feature strings again for every pair of documents that share them.
 */
final class FeaturePostings {
    private final Map<String, Integer> ids = new HashMap<>();
    private final int[] type;
    private final int[][] documents;
    private final double[][] weights;

    /** The features of {@code vectors} that {@code indexed} accepts; {@code typeOf} gives each its type. */
    FeaturePostings(List<Map<String, Double>> vectors, Predicate<String> indexed, ToIntFunction<String> typeOf) {
        int[] counts = new int[16];
        for (Map<String, Double> v : vectors) {
            for (String k : v.keySet()) {
                if (indexed.test(k)) {
                    int id = ids.computeIfAbsent(k, x -> ids.size());
                    if (id >= counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[id]++;
                }
            }
        }
        int features = ids.size();
        type = new int[features];
        documents = new int[features][];
        weights = new double[features][];
        ids.forEach((k, id) -> type[id] = typeOf.applyAsInt(k));
        for (int id = 0; id < features; id++) {
            documents[id] = new int[counts[id]];
            weights[id] = new double[counts[id]];
        }
        int[] filled = new int[features];
        for (int d = 0; d < vectors.size(); d++) {
            for (Map.Entry<String, Double> e : vectors.get(d).entrySet()) {
                Integer id = ids.get(e.getKey());
                if (id != null) {
                    documents[id][filled[id]] = d;
                    weights[id][filled[id]++] = e.getValue();
                }
            }
        }
    }

    /** The number of a feature, or -1 when it is not indexed. */
    int id(String feature) {
        Integer id = ids.get(feature);
        return id == null ? -1 : id;
    }

    int type(int id) {
        return type[id];
    }

    /** The documents holding feature {@code id}, ascending. */
    int[] documents(int id) {
        return documents[id];
    }

    /** Their weights for it, in the same order. */
    double[] weights(int id) {
        return weights[id];
    }
}
