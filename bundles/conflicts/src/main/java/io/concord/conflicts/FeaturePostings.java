package io.concord.conflicts;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * An inverted index of the documents' weighted features: for each feature number, the documents holding it
 * (ascending) and their weights, in arrays. The story clusterer's dot products read arrays instead of
 * looking up the same features again for every pair of documents that share them.
 */
final class FeaturePostings {
    private final int[][] documents;
    private final double[][] weights;

    /** The features of {@code vectors} (numbered below {@code features}) that {@code indexed} accepts. */
    FeaturePostings(List<FeatureVector> vectors, int features, IntPredicate indexed) {
        int[] counts = new int[features];
        for (FeatureVector v : vectors) {
            for (int k = 0; k < v.size(); k++) {
                counts[v.id(k)]++;
            }
        }
        documents = new int[features][];
        weights = new double[features][];
        for (int id = 0; id < features; id++) {
            if (indexed.test(id)) {
                documents[id] = new int[counts[id]];
                weights[id] = new double[counts[id]];
            }
        }
        int[] filled = new int[features];
        for (int d = 0; d < vectors.size(); d++) {
            FeatureVector v = vectors.get(d);
            for (int k = 0; k < v.size(); k++) {
                int id = v.id(k);
                if (documents[id] != null) {
                    documents[id][filled[id]] = d;
                    weights[id][filled[id]++] = v.weight(k);
                }
            }
        }
    }

    /** Whether feature {@code id} is indexed. */
    boolean indexed(int id) {
        return documents[id] != null;
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
