package io.concord.conflicts.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups items (quotes, figures, dates) of several documents into "the same statement" clusters: links
 * are taken best first, and two clusters merge only if no document would then hold two of their items.
 * This is a one-to-one alignment between every pair of documents that stays consistent across documents.
 */
public final class Linker {
    public record Link(int a, int b, double score) {}

    private Linker() {}

    /** Clusters of item indices with at least two items, in order of their first item. */
    public static List<List<Integer>> cluster(int[] docOfItem, List<Link> links) {
        int n = docOfItem.length;
        int[] parent = new int[n];
        BitSet[] docs = new BitSet[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            docs[i] = new BitSet();
            docs[i].set(docOfItem[i]);
        }
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingDouble(Link::score).reversed()
                .thenComparingInt(Link::a).thenComparingInt(Link::b));
        for (Link l : sorted) {
            int ra = find(parent, l.a());
            int rb = find(parent, l.b());
            if (ra == rb || docs[ra].intersects(docs[rb])) {
                continue;
            }
            if (docs[ra].cardinality() < docs[rb].cardinality()) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            docs[ra].or(docs[rb]);
            docs[rb] = null;
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() > 1) {
                out.add(g);
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
