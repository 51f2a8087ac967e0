package io.concord.conflicts.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Candidate pairs for comparison without comparing everything with everything: items of different
 * documents that are in the same block (e.g. the same dimension of a figure) and share a context feature.
 * A feature held by more than {@code maxPostings} items only pairs each item with the next few that hold it.
 */
public final class Candidates {
    /** How many following items each item of an over-full posting is paired with. */
    static final int WINDOW = 8;

    private Candidates() {}

    /**
     * Below this many items every pair of items of different documents in one block is a candidate: a story
     * of a few reports has few figures or dates, and two that share no word among their strongest features
     * ("closed until 14 September" and "would not reopen until 21 September") may still date one event.
     */
    static final int ALL_PAIRS_BELOW = 64;

    /**
     * Candidate pairs of items (indexes into {@code items}), read through the rule's own accessors: pairs that
     * share a key, or, for a rule whose comparison weighs the contexts itself ({@code allWhenFew}), every pair
     * of a small story.
     */
    public static <T> List<int[]> pairs(List<T> items, ToIntFunction<T> doc, Function<T, String> block,
                                        Function<T, ? extends Iterable<String>> keys, int maxPostings,
                                        boolean allWhenFew) {
        String[] blocks = new String[items.size()];
        List<Iterable<String>> features = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            blocks[i] = block.apply(items.get(i));
            features.add(keys.apply(items.get(i)));
        }
        int[] docs = documents(items, doc);
        return allWhenFew && items.size() < ALL_PAIRS_BELOW ? allPairs(docs, blocks)
                : pairs(docs, blocks, features, maxPostings);
    }

    /** Every pair {a, b}, a &lt; b, of items of different documents in the same block. */
    static List<int[]> allPairs(int[] doc, String[] block) {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < doc.length; a++) {
            for (int b = a + 1; b < doc.length; b++) {
                if (doc[a] != doc[b] && block[a].equals(block[b])) {
                    out.add(new int[] {a, b});
                }
            }
        }
        return out;
    }

    /** The document of each item, as {@link #pairs} and {@link Linker#cluster} take it. */
    public static <T> int[] documents(List<T> items, ToIntFunction<T> doc) {
        return items.stream().mapToInt(doc).toArray();
    }

    /** Pairs {a, b} with a &lt; b. {@code keys[i]} are the features item i is indexed under. */
    public static List<int[]> pairs(int[] doc, String[] block, List<? extends Iterable<String>> keys, int maxPostings) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < doc.length; i++) {
            for (String k : keys.get(i)) {
                postings.computeIfAbsent(block[i] + '\u0000' + k, x -> new ArrayList<>()).add(i);
            }
        }
        PairSet seen = new PairSet();
        List<int[]> out = new ArrayList<>();
        for (List<Integer> post : postings.values()) {
            if (post.size() < 2) {
                continue;
            }
            // a feature of very many items (one quote in 500 reports of a big story) pairs each item with its
            // next few only: enough to connect them, since clusters are built by linking, and still linear
            int reach = post.size() > maxPostings ? WINDOW : post.size();
            for (int x = 0; x < post.size(); x++) {
                for (int y = x + 1; y < post.size() && y <= x + reach; y++) {
                    int a = post.get(x);
                    int b = post.get(y);
                    if (doc[a] == doc[b]) {
                        continue;
                    }
                    int lo = Math.min(a, b);
                    int hi = Math.max(a, b);
                    if (seen.add(lo, hi)) {
                        out.add(new int[] {lo, hi});
                    }
                }
            }
        }
        out.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
        return out;
    }
}
