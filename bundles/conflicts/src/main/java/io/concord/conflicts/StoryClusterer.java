package io.concord.conflicts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.ConflictReport.StoryInfo;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.DocumentViews;
import io.concord.conflicts.text.PairKey;
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
        Map<String, String> display = new HashMap<>();
        List<Map<String, Double>> raw = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        List<Featured> read = OrderedWork.map(documents, d -> {
            Map<String, String> shown = new HashMap<>();
            return new Featured(features(d, shown), shown);
        }, threads, done -> { });
        for (Featured r : read) {
            raw.add(r.features());
            for (String k : r.features().keySet()) {
                df.merge(k, 1, Integer::sum);
            }
            r.shown().forEach((f, name) -> display.merge(f, name, StoryClusterer::longer));
        }
        // TF-IDF with a smoothed IDF: in a collection of one story, shared names still count.
        List<Vector> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            for (Map.Entry<String, Double> e : raw.get(i).entrySet()) {
                v.put(e.getKey(), e.getValue() * Math.log(1.0 + (double) n / df.get(e.getKey())));
            }
            vectors.add(new Vector(v));
        }
        List<double[]> links = candidateLinks(vectors, df);
        int[] story = merge(n, links, vectors);
        return result(documents, story, vectors, display);
    }

    /** Feature types: people, places, quoted word trigrams, vocabulary. */
    private static final String[] TYPES = {"p:", "l:", "q:", "w:"};
    /** How much each type's cosine counts; quotes only add (a paraphrasing outlet shares no trigrams). */
    private static final double[] TYPE_WEIGHTS = {0.45, 0.2, 0.0, 0.35};
    private static final double QUOTE_BONUS = 0.2;

    private static int typeOf(String feature) {
        for (int t = 0; t < TYPES.length; t++) {
            if (feature.startsWith(TYPES[t])) {
                return t;
            }
        }
        return TYPES.length - 1;
    }

    /** A document (or story centroid) as weighted features, with the squared norm of each feature type. */
    static final class Vector {
        final Map<String, Double> weights;
        final double[] squares = new double[TYPES.length];

        Vector(Map<String, Double> weights) {
            this.weights = weights;
            weights.forEach((k, w) -> squares[typeOf(k)] += w * w);
        }

        void add(Vector other) {
            other.weights.forEach((k, w) -> weights.merge(k, w, Double::sum));
            Arrays.fill(squares, 0);
            weights.forEach((k, w) -> squares[typeOf(k)] += w * w);
        }

        double similarity(Vector other) {
            double[] dots = new double[TYPES.length];
            Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
            Map<String, Double> large = small == weights ? other.weights : weights;
            small.forEach((k, w) -> {
                Double o = large.get(k);
                if (o != null) {
                    dots[typeOf(k)] += w * o;
                }
            });
            return combine(dots, other);
        }

        /** Weighted mean of the per-type cosines over the types both sides have, plus the quote bonus. */
        double combine(double[] dots, Vector other) {
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

    /** A document's features, and the names its people and places are shown by. */
    private record Featured(Map<String, Double> features, Map<String, String> shown) {}

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
    private List<double[]> candidateLinks(List<Vector> vectors, Map<String, Integer> df) {
        int n = vectors.size();
        FeaturePostings postings = new FeaturePostings(vectors.stream().map(v -> v.weights).toList(),
                k -> df.get(k) <= maxPostings, StoryClusterer::typeOf);
        Map<String, List<Integer>> crowded = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String k : vectors.get(i).weights.keySet()) {
                if (df.get(k) > maxPostings && !k.startsWith("w:")) {
                    crowded.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
        }
        List<double[]> links = new ArrayList<>();
        // dot products per type with each later document, accumulated in place; only the touched are read
        double[] dots = new double[n * TYPES.length];
        int[] touched = new int[n];
        boolean[] isTouched = new boolean[n];
        double[] pair = new double[TYPES.length];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (Map.Entry<String, Double> e : vectors.get(i).weights.entrySet()) {
                int id = postings.id(e.getKey());
                if (id < 0) {
                    continue;
                }
                int type = postings.type(id);
                int[] docs = postings.documents(id);
                double[] w = postings.weights(id);
                int from = Arrays.binarySearch(docs, i) + 1; // i holds the feature: the later documents follow it
                for (int p = from; p < docs.length; p++) {
                    int j = docs[p];
                    if (!isTouched[j]) {
                        isTouched[j] = true;
                        touched[count++] = j;
                    }
                    dots[j * TYPES.length + type] += e.getValue() * w[p];
                }
            }
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                System.arraycopy(dots, j * TYPES.length, pair, 0, TYPES.length);
                Arrays.fill(dots, j * TYPES.length, (j + 1) * TYPES.length, 0);
                isTouched[j] = false;
                double sim = vectors.get(i).combine(pair, vectors.get(j));
                if (sim >= threshold) {
                    links.add(new double[] {i, j, sim});
                }
            }
        }
        Set<PairKey> seen = new HashSet<>();
        for (double[] l : links) {
            seen.add(new PairKey((int) l[0], (int) l[1]));
        }
        for (List<Integer> post : crowded.values()) {
            for (int x = 0; x < post.size(); x++) {
                for (int y = x + 1; y < post.size() && y <= x + CROWDED_WINDOW; y++) {
                    int i = post.get(x);
                    int j = post.get(y);
                    if (seen.add(new PairKey(i, j))) {
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

    private int[] merge(int n, List<double[]> links, List<Vector> vectors) {
        int[] parent = new int[n];
        List<Vector> centroid = new ArrayList<>(n);
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            centroid.add(new Vector(new HashMap<>(vectors.get(i).weights)));
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

    private static Result result(List<DocumentRecord> documents, int[] root, List<Vector> vectors,
                                 Map<String, String> display) {
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
            infos.add(new StoryInfo(id, label(m, vectors, display), docs.stream().map(DocumentRecord::id).toList()));
        }
        return new Result(stories, infos);
    }

    /** The people and places that weigh most across the story's documents. */
    private static String label(List<Integer> members, List<Vector> vectors, Map<String, String> display) {
        Map<String, Double> sum = new HashMap<>();
        for (int i : members) {
            vectors.get(i).weights.forEach((k, v) -> {
                if (display.containsKey(k)) {
                    sum.merge(k, v, Double::sum);
                }
            });
        }
        List<String> top = sum.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).map(e -> display.get(e.getKey())).toList();
        return top.isEmpty() ? "(no names)" : String.join(", ", top);
    }
}
