package io.concord.conflicts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.ConflictReport.StoryInfo;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.DocumentViews;
import io.concord.conflicts.text.PairSet;
import io.concord.conflicts.text.Token;
import io.concord.conflicts.text.Tokens;

/**
 * Groups documents into stories: documents that share people, places, quoted words and vocabulary.
 * Each document is a TF-IDF vector of such features, compared type by type (a weighted mean of the
 * cosines of people, places and vocabulary, plus a bonus for shared quoted words); candidate pairs come from an inverted index that
 * skips features found in more than {@code maxPostings} documents, so the work grows with the number of
 * documents times the size of the stories, not with the square of the collection. Documents are merged
 * best pair first, and a document only joins a story it resembles as a whole (its centroid), which keeps
 * one shared name from chaining unrelated stories together.
 */
public final class StoryClusterer {
    private static final int WORDS_PER_DOCUMENT = 60;
    /** How many following documents a document is compared with through a name or quote of very many. */
    private static final int CROWDED_WINDOW = 8;
    private static final int WORDS = FeatureVector.typeOf("w:");

    private final DocumentViews views;
    private final double threshold;
    private final int maxPostings;

    /** The stories and, for each, a label naming its most prominent people and places. */
    public record Result(List<Story> stories, List<StoryInfo> infos) {}

    public StoryClusterer(DocumentViews views, double threshold, int maxPostings) {
        this.views = views;
        this.threshold = threshold;
        this.maxPostings = maxPostings;
    }

    public Result cluster(List<DocumentRecord> documents) {
        return cluster(documents, 1);
    }

    /** The stories of {@code documents}, whose words are read on {@code threads} threads. */
    public Result cluster(List<DocumentRecord> documents, int threads) {
        int n = documents.size();
        // one String per feature across the collection, not one per document that holds it
        Map<String, String> sharedKeys = new ConcurrentHashMap<>();
        List<Featured> read = OrderedWork.map(documents, d -> {
            Map<String, String> shown = new HashMap<>();
            return Featured.of(features(d, shown), shown, sharedKeys);
        }, threads, done -> { });
        sharedKeys.clear();
        Features features = new Features();
        List<int[]> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Featured r = read.get(i);
            int[] numbers = new int[r.keys().length];
            for (int k = 0; k < numbers.length; k++) {
                numbers[k] = features.count(r.keys()[k]);
            }
            ids.add(numbers);
            r.shown().forEach((f, name) -> features.show(f, name));
        }
        // TF-IDF with a smoothed IDF: in a collection of one story, shared names still count.
        List<FeatureVector> vectors = new ArrayList<>(n);
        int[] typeOf = features.types();
        for (int i = 0; i < n; i++) {
            vectors.add(features.vector(ids.get(i), read.get(i).weights(), n, typeOf));
            read.set(i, null);
            ids.set(i, null);
        }
        List<double[]> links = candidateLinks(vectors, features, typeOf);
        int[] story = merge(n, links, vectors);
        return result(documents, story, vectors, features);
    }

    /** The features of a collection, numbered in the order first met: names, types, document counts. */
    private static final class Features {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private int[] documentCount = new int[1024];
        private final Map<Integer, String> shown = new HashMap<>();

        /** The number of {@code feature}, counting one more document that holds it. */
        int count(String feature) {
            int id = ids.computeIfAbsent(feature, f -> {
                names.add(f);
                return names.size() - 1;
            });
            if (id >= documentCount.length) {
                documentCount = Arrays.copyOf(documentCount, documentCount.length * 2);
            }
            documentCount[id]++;
            return id;
        }

        void show(String feature, String name) {
            shown.merge(ids.get(feature), name, StoryClusterer::longer);
        }

        int documents(int id) {
            return documentCount[id];
        }

        int size() {
            return names.size();
        }

        String name(int id) {
            return names.get(id);
        }

        int[] types() {
            int[] t = new int[names.size()];
            for (int id = 0; id < t.length; id++) {
                t[id] = FeatureVector.typeOf(names.get(id));
            }
            return t;
        }

        /** A document's vector: its raw weights times the smoothed IDF, by ascending feature number. */
        FeatureVector vector(int[] numbers, double[] raw, int collection, int[] typeOf) {
            Integer[] order = new Integer[numbers.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparingInt(k -> numbers[k]));
            int[] sortedIds = new int[numbers.length];
            double[] weights = new double[numbers.length];
            for (int k = 0; k < order.length; k++) {
                int id = numbers[order[k]];
                sortedIds[k] = id;
                weights[k] = raw[order[k]] * Math.log(1.0 + (double) collection / documentCount[id]);
            }
            return new FeatureVector(sortedIds, weights, typeOf);
        }
    }

    /** A document's features (keys in text order of the map, shared strings) and the names they are shown by. */
    private record Featured(String[] keys, double[] weights, Map<String, String> shown) {
        static Featured of(Map<String, Double> features, Map<String, String> shown, Map<String, String> shared) {
            String[] keys = new String[features.size()];
            double[] weights = new double[features.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : features.entrySet()) {
                keys[k] = shared.computeIfAbsent(e.getKey(), x -> x);
                weights[k++] = e.getValue();
            }
            return new Featured(keys, weights, shown);
        }
    }

    /** The longer of two names of one feature, the first of equally long ones. */
    private static String longer(String old, String name) {
        return name.length() > old.length() ? name : old;
    }

    /** Feature weights of one document before IDF: log-scaled counts. */
    Map<String, Double> features(DocumentRecord d, Map<String, String> display) {
        Map<String, Integer> counts = new HashMap<>();
        for (AnnotationRecord a : d.annotations()) {
            String f = DocumentView.entityFeature(a);
            if (f != null) {
                counts.merge(f, 1, Integer::sum);
                String name = a.string("canonical") != null ? a.string("canonical") : a.text();
                display.merge(f, name, StoryClusterer::longer);
            } else if ("quote".equals(a.type())) {
                List<String> w = Tokens.words(a.text());
                for (int i = 0; i + 2 < w.size(); i++) {
                    counts.merge("q:" + w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> words = new HashMap<>();
        for (Token t : views.of(d).tokens()) {
            if (!t.stop() && !t.isNumber() && t.norm().length() > 2) {
                words.merge("w:" + t.key(), 1, Integer::sum);
            }
        }
        // the most frequent words only: boilerplate and rare typos weigh little and cost postings
        words.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(WORDS_PER_DOCUMENT)
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        Map<String, Double> out = new HashMap<>();
        counts.forEach((k, c) -> out.put(k, 1.0 + Math.log(c)));
        return out;
    }

    /**
     * Pairs {i, j, similarity} above the threshold, found through shared features that are not too common.
     * Names and quotes held by more documents (a big story, a famous person) pair each document with the
     * next few holding them; common words pair nothing.
     */
    private List<double[]> candidateLinks(List<FeatureVector> vectors, Features features, int[] typeOf) {
        int n = vectors.size();
        FeaturePostings postings = new FeaturePostings(vectors, features.size(),
                id -> features.documents(id) <= maxPostings);
        Map<Integer, List<Integer>> crowded = new HashMap<>();
        for (int i = 0; i < n; i++) {
            FeatureVector v = vectors.get(i);
            for (int k = 0; k < v.size(); k++) {
                int id = v.id(k);
                if (!postings.indexed(id) && typeOf[id] != WORDS) {
                    crowded.computeIfAbsent(id, x -> new ArrayList<>()).add(i);
                }
            }
        }
        List<double[]> links = new ArrayList<>();
        // dot products per type with each later document, accumulated in place; only the touched are read
        int types = FeatureVector.TYPES.length;
        double[] dots = new double[n * types];
        int[] touched = new int[n];
        boolean[] isTouched = new boolean[n];
        double[] pair = new double[types];
        for (int i = 0; i < n; i++) {
            int count = 0;
            FeatureVector v = vectors.get(i);
            for (int k = 0; k < v.size(); k++) {
                int id = v.id(k);
                if (!postings.indexed(id)) {
                    continue;
                }
                int type = typeOf[id];
                int[] docs = postings.documents(id);
                double[] w = postings.weights(id);
                int from = Arrays.binarySearch(docs, i) + 1; // i holds the feature: the later documents follow it
                for (int p = from; p < docs.length; p++) {
                    int j = docs[p];
                    if (!isTouched[j]) {
                        isTouched[j] = true;
                        touched[count++] = j;
                    }
                    dots[j * types + type] += v.weight(k) * w[p];
                }
            }
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                System.arraycopy(dots, j * types, pair, 0, types);
                Arrays.fill(dots, j * types, (j + 1) * types, 0);
                isTouched[j] = false;
                double sim = vectors.get(i).combine(pair, vectors.get(j));
                if (sim >= threshold) {
                    links.add(new double[] {i, j, sim});
                }
            }
        }
        PairSet seen = new PairSet();
        for (double[] l : links) {
            seen.add((int) l[0], (int) l[1]);
        }
        for (List<Integer> post : crowded.values()) {
            for (int x = 0; x < post.size(); x++) {
                for (int y = x + 1; y < post.size() && y <= x + CROWDED_WINDOW; y++) {
                    int i = post.get(x);
                    int j = post.get(y);
                    if (seen.add(i, j)) {
                        double sim = vectors.get(i).similarity(vectors.get(j));
                        if (sim >= threshold) {
                            links.add(new double[] {i, j, sim});
                        }
                    }
                }
            }
        }
        return links;
    }

    private int[] merge(int n, List<double[]> links, List<FeatureVector> vectors) {
        int[] parent = new int[n];
        List<FeatureVector> centroid = new ArrayList<>(n);
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            centroid.add(vectors.get(i).copy());
            size[i] = 1;
        }
        links.sort(Comparator.<double[]>comparingDouble(l -> -l[2]).thenComparingDouble(l -> l[0])
                .thenComparingDouble(l -> l[1]));
        for (double[] l : links) {
            int a = find(parent, (int) l[0]);
            int b = find(parent, (int) l[1]);
            if (a == b) {
                continue;
            }
            if ((size[a] > 1 || size[b] > 1) && centroid.get(a).similarity(centroid.get(b)) < threshold) {
                continue;
            }
            if (size[a] < size[b]) {
                int t = a;
                a = b;
                b = t;
            }
            parent[b] = a;
            size[a] += size[b];
            centroid.get(a).add(centroid.get(b));
            centroid.set(b, null);
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = find(parent, i);
        }
        return root;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Result result(List<DocumentRecord> documents, int[] root, List<FeatureVector> vectors,
                                 Features features) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < root.length; i++) {
            members.computeIfAbsent(root[i], k -> new ArrayList<>()).add(i);
        }
        List<Story> stories = new ArrayList<>();
        List<StoryInfo> infos = new ArrayList<>();
        int number = 0;
        for (List<Integer> m : members.values()) {
            String id = "story-" + (++number);
            List<DocumentRecord> docs = m.stream().map(documents::get).toList();
            stories.add(new Story(id, docs));
            infos.add(new StoryInfo(id, label(m, vectors, features), docs.stream().map(DocumentRecord::id).toList()));
        }
        return new Result(stories, infos);
    }

    /** The people and places that weigh most across the story's documents. */
    private static String label(List<Integer> members, List<FeatureVector> vectors, Features features) {
        Map<Integer, Double> sum = new HashMap<>();
        for (int i : members) {
            FeatureVector v = vectors.get(i);
            for (int k = 0; k < v.size(); k++) {
                if (features.shown.containsKey(v.id(k))) {
                    sum.merge(v.id(k), v.weight(k), Double::sum);
                }
            }
        }
        List<String> top = sum.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(e -> features.name(e.getKey())))
                .limit(4).map(e -> features.shown.get(e.getKey())).toList();
        return top.isEmpty() ? "(no names)" : String.join(", ", top);
    }
}
